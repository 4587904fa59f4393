/**
 * Home: the page each person lands on after signing in, made for their roles, gathering what the
 * other modules offer them. It only reads other modules' facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package coop.relais.home;
