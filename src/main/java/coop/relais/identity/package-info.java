/**
 * Identity: people's accounts, sign-in, roles scoped to a site or an organisation, invitations and
 * the audit log of sensitive actions. Other modules read accounts through {@link coop.relais.identity.AccountDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package coop.relais.identity;
