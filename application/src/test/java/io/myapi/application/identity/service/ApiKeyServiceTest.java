package io.myapi.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.CreateApiKeyCommand;
import io.myapi.application.identity.port.in.CreatedApiKey;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.support.IdentityFixture;
import io.myapi.domain.user.User;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** API keys: creation, verification with the cache, revocation, expiry, audit of every use. */
class ApiKeyServiceTest {

    private final IdentityFixture identity = new IdentityFixture();
    private final User owner = identity.register("casey@example.com");
    private final Caller caller = IdentityFixture.callerOf(owner);

    private CreatedApiKey create() {
        return identity.apiKeys.create(new CreateApiKeyCommand(caller, "ci", Optional.empty()));
    }

    @Test
    @Tag("R37.1")
    @Tag("R37.2")
    void aKeyCarries256RandomBitsAndOnlyItsHashIsStored() {
        CreatedApiKey created = create();
        String[] parts = created.plaintext().reveal().split("\\.");

        assertThat(parts[0]).isEqualTo("myapi");
        assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(32);
        assertThat(parts[1]).isEqualTo(created.key().prefix());
        var stored = identity.keys.findById(created.key().id()).orElseThrow();
        // What is stored is the hasher's output for the secret part (Argon2id in production), never the key.
        assertThat(stored.secretHash()).isEqualTo(identity.hasher.hash(io.myapi.domain.shared.Secret.of(parts[2])));
        assertThat(stored.toString()).doesNotContain(parts[2]);
    }

    @Test
    @Tag("R37.3")
    @Tag("R37.5")
    void aVerifiedKeyIsNotHashedAgainAndEveryUseIsLoggedWithTheKeyId() {
        CreatedApiKey created = create();
        int before = identity.hasher.verifications.get();

        Caller first = identity.apiKeys.authenticate(created.plaintext().reveal());
        identity.apiKeys.authenticate(created.plaintext().reveal());

        assertThat(first.userId()).isEqualTo(owner.id());
        assertThat(first.apiKeyId()).contains(created.key().id());
        assertThat(identity.hasher.verifications.get() - before).isEqualTo(1);
        assertThat(identity.events.of(SecurityEventType.API_KEY_USED)).hasSize(2)
                .allSatisfy(event -> assertThat(event.subject()).isEqualTo(created.key().id().toString()));
    }

    @Test
    void aWrongSecretWithARealPrefixIsRefused() {
        CreatedApiKey created = create();
        String key = created.plaintext().reveal();
        String forged = key.substring(0, key.length() - 4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThatThrownBy(() -> identity.apiKeys.authenticate(forged)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> identity.apiKeys.authenticate("myapi.nonsense")).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    @Tag("R37.4")
    void revocationTakesEffectAtOnceEvenForACachedKey() {
        CreatedApiKey created = create();
        identity.apiKeys.authenticate(created.plaintext().reveal());

        identity.apiKeys.revoke(caller, created.key().id());

        assertThatThrownBy(() -> identity.apiKeys.authenticate(created.plaintext().reveal())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    @Tag("R37.6")
    @Tag("R11.1")
    void aKeyUnusedForTheIdlePeriodStopsWorking() {
        CreatedApiKey used = create();
        CreatedApiKey unused = create();
        identity.clock.advance(Duration.ofDays(60));
        identity.apiKeys.authenticate(used.plaintext().reveal());
        identity.clock.advance(Duration.ofDays(31));

        assertThat(identity.apiKeys.authenticate(used.plaintext().reveal()).userId()).isEqualTo(owner.id());
        assertThatThrownBy(() -> identity.apiKeys.authenticate(unused.plaintext().reveal())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void nobodyRevokesSomeoneElsesKey() {
        CreatedApiKey created = create();
        User other = identity.register("robin@example.com");

        assertThatThrownBy(() -> identity.apiKeys.revoke(IdentityFixture.callerOf(other), created.key().id()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(identity.apiKeys.authenticate(created.plaintext().reveal()).userId()).isEqualTo(owner.id());
    }
}
