package coop.relais.identity.web;

import coop.relais.identity.internal.ApiTokenService;
import coop.relais.identity.internal.Emails;
import coop.relais.identity.internal.RelaisPrincipal;
import coop.relais.identity.internal.ThrottledAuthenticationProvider;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens for client systems, and who the caller is. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "API tokens and the signed-in person")
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal API token (rls_...), from POST /api/v1/auth/tokens or the profile page")
class AuthApiController {

    private final AuthenticationManager authentication;
    private final ApiTokenService tokens;
    private final MessageSource messages;
    private final Clock clock;

    AuthApiController(
            AuthenticationManager authentication, ApiTokenService tokens, MessageSource messages, Clock clock) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    record TokenRequest(
            @NotBlank(message = "{identity.form.required}")
            @Size(max = 254, message = "{identity.email.invalid}")
            @Email(regexp = Emails.PATTERN, message = "{identity.email.invalid}")
            String email,

            @NotBlank(message = "{identity.form.required}") @Size(max = 1000, message = "{identity.password.tooLong}")
            String password,

            @NotBlank(message = "{identity.form.required}") @Size(max = 100, message = "{identity.token.nameInvalid}")
            String name) {}

    record TokenResponse(
            @Schema(description = "The token, shown this once: send it as 'Authorization: Bearer <token>'")
            String token,

            String name) {}

    record RoleView(Role role, UUID siteId, UUID organisationId) {}

    record MeResponse(UUID id, String email, String name, String language, List<RoleView> roles) {}

    @PostMapping("/auth/tokens")
    @Operation(
            summary = "Create a personal API token with e-mail and password",
            description = "Sign-in failures count towards the same lock as the login form: after 5 failures in "
                    + "15 minutes for one account or address, requests are refused with 429 for 15 minutes.")
    @ApiResponse(responseCode = "201", description = "Token created")
    @ApiResponse(
            responseCode = "401",
            description = "Wrong e-mail or password",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "429",
            description = "Too many failed sign-ins: try again later",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<TokenResponse> createToken(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(body.email().trim(), body.password());
        attempt.setDetails(new WebAuthenticationDetails(request));
        Authentication signedIn = authentication.authenticate(attempt);
        CurrentUser user = ((RelaisPrincipal) signedIn.getPrincipal()).currentUser();
        String token = tokens.create(user.accountId(), user.email(), body.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TokenResponse(token, body.name().strip()));
    }

    @GetMapping("/me")
    @Operation(summary = "The person the token belongs to, with their roles and scopes")
    @SecurityRequirement(name = "bearer")
    MeResponse me(CurrentUser user) {
        return new MeResponse(
                user.accountId(),
                user.email(),
                user.displayName(),
                user.language(),
                user.grants().stream()
                        .map(g -> new RoleView(g.role(), g.siteId(), g.organisationId()))
                        .toList());
    }

    @ExceptionHandler(LockedException.class)
    ResponseEntity<ProblemDetail> locked(LockedException e) {
        long seconds = 900;
        if (e instanceof ThrottledAuthenticationProvider.SignInLockedException lock && lock.until() != null) {
            seconds = Math.max(
                    1, Duration.between(Instant.now(clock), lock.until()).toSeconds());
        }
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "identity.api.locked");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> wrongCredentials(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(problem(HttpStatus.UNAUTHORIZED, "identity.api.wrongCredentials"));
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, key, locale));
        String titleKey =
                status == HttpStatus.TOO_MANY_REQUESTS ? "identity.api.lockedTitle" : "error.title." + status.value();
        problem.setTitle(messages.getMessage(titleKey, null, status.getReasonPhrase(), locale));
        return problem;
    }
}
