package io.myapi.web.identity;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.CreateApiKeyCommand;
import io.myapi.application.identity.port.in.CreateApiKeyUseCase;
import io.myapi.application.identity.port.in.ListApiKeysUseCase;
import io.myapi.application.identity.port.in.RevokeApiKeyUseCase;
import io.myapi.domain.apikey.ApiKeyId;
import io.myapi.web.identity.IdentityResponses.ApiKeyBody;
import io.myapi.web.identity.IdentityResponses.CreatedApiKeyBody;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/api-keys}: the caller's API keys. */
@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
public class ApiKeyController {

    private final CreateApiKeyUseCase create;
    private final ListApiKeysUseCase list;
    private final RevokeApiKeyUseCase revoke;

    /**
     * Creates the controller.
     *
     * @param create key creation
     * @param list key listing
     * @param revoke key revocation
     */
    public ApiKeyController(CreateApiKeyUseCase create, ListApiKeysUseCase list, RevokeApiKeyUseCase revoke) {
        this.create = create;
        this.list = list;
        this.revoke = revoke;
    }

    /** The key is in this response only; it is never stored or shown again. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedApiKeyBody> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody IdentityRequests.CreateApiKey body) {
        var created = create.create(new CreateApiKeyCommand(caller, body.name(), Optional.ofNullable(body.expiresAt())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(CreatedApiKeyBody.from(created));
    }

    @GetMapping
    List<ApiKeyBody> list(@AuthenticationPrincipal Caller caller) {
        return list.list(caller).stream().map(ApiKeyBody::from).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal Caller caller, @PathVariable("id") String id) {
        revoke.revoke(caller, ApiKeyId.parse(id));
        return ResponseEntity.noContent().build();
    }
}
