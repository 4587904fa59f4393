package coop.relais.identity.internal;

import coop.relais.shared.security.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class RelaisUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    RelaisUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var account = accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
        return principalOf(account);
    }

    public RelaisPrincipal principalOf(AccountRepository.StoredAccount account) {
        CurrentUser user = new CurrentUser(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                accounts.grantsOf(account.id()));
        return new RelaisPrincipal(user, account.passwordHash(), account.enabled());
    }
}
