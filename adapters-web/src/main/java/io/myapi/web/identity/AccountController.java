package io.myapi.web.identity;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.GetCurrentUserUseCase;
import io.myapi.web.identity.IdentityResponses.UserBody;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: the caller's own account. */
@RestController
public class AccountController {

    private final GetCurrentUserUseCase currentUser;

    /**
     * Creates the controller.
     *
     * @param currentUser reads the caller's account
     */
    public AccountController(GetCurrentUserUseCase currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    UserBody me(@AuthenticationPrincipal Caller caller) {
        return UserBody.from(currentUser.get(caller));
    }
}
