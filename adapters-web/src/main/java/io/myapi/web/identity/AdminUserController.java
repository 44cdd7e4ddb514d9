package io.myapi.web.identity;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.ChangeSubscriptionTierUseCase;
import io.myapi.application.identity.port.in.ForcePasswordResetUseCase;
import io.myapi.application.identity.port.in.ListUsersQuery;
import io.myapi.application.identity.port.in.ListUsersUseCase;
import io.myapi.application.identity.port.in.ReplaceUserRolesCommand;
import io.myapi.application.identity.port.in.ReplaceUserRolesUseCase;
import io.myapi.domain.user.UserId;
import io.myapi.web.identity.IdentityResponses.UserBody;
import io.myapi.web.identity.IdentityResponses.UserPageBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/users}: listing users, changing roles and subscription tiers, forcing password resets. */
@RestController
@RequestMapping(path = "/api/v1/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminUserController {

    private final ListUsersUseCase list;
    private final ReplaceUserRolesUseCase replaceRoles;
    private final ForcePasswordResetUseCase forceReset;
    private final ChangeSubscriptionTierUseCase changeTier;

    /**
     * Creates the controller.
     *
     * @param list user listing
     * @param replaceRoles role changes
     * @param forceReset forced password resets
     * @param changeTier subscription-tier changes
     */
    public AdminUserController(ListUsersUseCase list, ReplaceUserRolesUseCase replaceRoles, ForcePasswordResetUseCase forceReset,
            ChangeSubscriptionTierUseCase changeTier) {
        this.list = list;
        this.replaceRoles = replaceRoles;
        this.forceReset = forceReset;
        this.changeTier = changeTier;
    }

    /** The user's request budget follows its tier (R16.4); null puts it back on the default budget. */
    @PutMapping(path = "/{id}/subscription-tier", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserBody changeTier(@AuthenticationPrincipal Caller caller, @PathVariable("id") String id,
            @Valid @RequestBody IdentityRequests.ChangeTier body) {
        return UserBody.from(changeTier.changeTier(caller, UserId.parse(id), java.util.Optional.ofNullable(body.tier())));
    }

    @GetMapping
    UserPageBody list(@AuthenticationPrincipal Caller caller,
            @RequestParam(name = "skip", defaultValue = "0") @Min(0) int skip,
            @RequestParam(name = "limit", defaultValue = "20") @Min(1) @Max(ListUsersQuery.MAX_LIMIT) int limit) {
        return UserPageBody.from(list.list(new ListUsersQuery(caller, skip, limit)));
    }

    @PutMapping(path = "/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserBody replaceRoles(@AuthenticationPrincipal Caller caller, @PathVariable("id") String id,
            @Valid @RequestBody IdentityRequests.ReplaceRoles body) {
        return UserBody.from(replaceRoles.replace(new ReplaceUserRolesCommand(caller, UserId.parse(id), Set.copyOf(body.roles()))));
    }

    /** The user's sessions end at once; its next login only allows the password change (R18.6). */
    @PostMapping("/{id}/force-password-reset")
    ResponseEntity<Void> forcePasswordReset(@AuthenticationPrincipal Caller caller, @PathVariable("id") String id) {
        forceReset.force(caller, UserId.parse(id));
        return ResponseEntity.noContent().build();
    }
}
