/**
 * Work integration (insertion): each concierge employed on an insertion contract, followed by their coach toward
 * a lasting job — contract, career project, a skills record fed by the work they really do at the desk, meetings,
 * trainings and job-search actions, and their exit; the funders' figures. Sensitive data: its own pages and API
 * only, for the person's coaches, the person (without private notes) and admins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work integration")
package coop.relais.insertion;
