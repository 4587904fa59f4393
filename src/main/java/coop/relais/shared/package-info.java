/**
 * The small open kernel every module may use: money, the current user and their scopes, domain
 * exceptions, web layout helpers and the demo-data hook. It holds no business rule of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package coop.relais.shared;
