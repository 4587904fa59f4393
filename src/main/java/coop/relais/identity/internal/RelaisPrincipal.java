package coop.relais.identity.internal;

import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import coop.relais.shared.security.RoleGrant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them. */
public final class RelaisPrincipal implements UserDetails, CredentialsContainer, CurrentUserSource {

    private final CurrentUser user;
    private final boolean enabled;
    private String passwordHash;

    public RelaisPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = user.grants().stream()
                .map(RoleGrant::role)
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RelaisPrincipal that && that.user.accountId().equals(user.accountId());
    }

    @Override
    public int hashCode() {
        return user.accountId().hashCode();
    }
}
