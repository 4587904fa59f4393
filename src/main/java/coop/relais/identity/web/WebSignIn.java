package coop.relais.identity.web;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.RelaisPrincipal;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Signs a person in without the login form (after accepting an invitation or completing a sign-up)
 * and refreshes the signed-in person after they change their profile or gain a role. Uses the same
 * security context repository as the web filter chain (the session, kept in the database).
 */
@Component
class WebSignIn {

    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final RelaisUserDetailsService users;
    private final AccountRepository accounts;
    private final LocaleResolver localeResolver;

    WebSignIn(RelaisUserDetailsService users, AccountRepository accounts, LocaleResolver localeResolver) {
        this.users = users;
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    SecurityContextRepository repository() {
        return repository;
    }

    /** Signs the account in on this browser, in a new session id (no fixation), in its language. */
    void signIn(AccountRepository.StoredAccount account, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        save(account, request, response);
        localeResolver.setLocale(request, response, Locale.forLanguageTag(account.language()));
    }

    /** Reloads the signed-in person (name, language, roles) into their session. */
    void refresh(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        accounts.findStored(user.accountId()).ifPresent(account -> save(account, request, response));
    }

    private void save(
            AccountRepository.StoredAccount account, HttpServletRequest request, HttpServletResponse response) {
        RelaisPrincipal principal = users.principalOf(account);
        principal.eraseCredentials();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
