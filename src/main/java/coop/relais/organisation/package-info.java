/**
 * Organisation: the operator and its billing entities, the sites (conciergeries), the client
 * organisations that pay for them and the partner providers that deliver the services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package coop.relais.organisation;
