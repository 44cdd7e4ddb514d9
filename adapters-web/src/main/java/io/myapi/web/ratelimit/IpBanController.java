package io.myapi.web.ratelimit;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.port.in.BanIpCommand;
import io.myapi.application.ratelimit.port.in.ManageIpBansUseCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/ip-bans}: administrators set, list and lift IP bans (R16.6). */
@RestController
@RequestMapping(path = "/api/v1/admin/ip-bans", produces = MediaType.APPLICATION_JSON_VALUE)
public class IpBanController {

    private final ManageIpBansUseCase bans;

    /**
     * Creates the controller.
     *
     * @param bans the ban use cases
     */
    public IpBanController(ManageIpBansUseCase bans) {
        this.bans = bans;
    }

    /**
     * A ban to set.
     *
     * @param ip an IPv4 or IPv6 address (no ranges, no host names)
     * @param durationSeconds how long; the configured ban duration when absent
     * @param reason why, for the other administrators
     */
    record BanRequest(@NotNull @Size(max = 64) String ip, @Nullable @Min(1) @Max(31_536_000) Long durationSeconds,
            @NotNull @Size(min = 1, max = 200) String reason) {
    }

    /**
     * A ban as shown to administrators.
     *
     * @param ip the address
     * @param createdAt when it started
     * @param until when it ends
     * @param source {@code AUTOMATIC} or {@code ADMINISTRATOR}
     * @param reason why
     */
    record BanBody(String ip, Instant createdAt, Instant until, String source, String reason) {
        static BanBody from(IpBan ban) {
            return new BanBody(ban.ip(), ban.createdAt(), ban.until(), ban.source().name(), ban.reason());
        }
    }

    /**
     * The list.
     *
     * @param items the active bans by address
     */
    record BanList(List<BanBody> items) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    BanBody ban(@AuthenticationPrincipal Caller caller, @Valid @RequestBody BanRequest body) {
        Optional<Duration> duration = Optional.ofNullable(body.durationSeconds()).map(Duration::ofSeconds);
        return BanBody.from(bans.ban(caller, new BanIpCommand(body.ip(), duration, body.reason())));
    }

    @GetMapping
    BanList list(@AuthenticationPrincipal Caller caller) {
        return new BanList(bans.list(caller).stream().map(BanBody::from).toList());
    }

    @DeleteMapping("/{ip}")
    ResponseEntity<Void> lift(@AuthenticationPrincipal Caller caller, @PathVariable("ip") String ip) {
        bans.lift(caller, ip);
        return ResponseEntity.noContent().build();
    }
}
