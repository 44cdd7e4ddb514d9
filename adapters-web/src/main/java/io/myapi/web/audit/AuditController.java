package io.myapi.web.audit;

import io.myapi.application.audit.AuditRecord;
import io.myapi.application.audit.port.in.AuditPage;
import io.myapi.application.audit.port.in.AuditVerification;
import io.myapi.application.audit.port.in.ReadAuditTrailUseCase;
import io.myapi.application.identity.port.in.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/audit}: auditors and administrators read and verify the audit trail (R19.5). */
@RestController
@Validated
@RequestMapping(path = "/api/v1/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuditController {

    private final ReadAuditTrailUseCase trail;

    /**
     * Creates the controller.
     *
     * @param trail the audit trail
     */
    public AuditController(ReadAuditTrailUseCase trail) {
        this.trail = trail;
    }

    /**
     * One record as shown to auditors.
     *
     * @param sequence its place in the chain
     * @param occurredAt when
     * @param actorId who acted
     * @param action what happened
     * @param subject concerning whom
     * @param resource the request
     * @param outcome {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
     * @param ip the client address
     * @param userAgent the client
     * @param location where, or {@code unknown}
     * @param detail more
     * @param previousHash the hash of the record before
     * @param hash this record's hash
     */
    record RecordBody(long sequence, Instant occurredAt, String actorId, String action, String subject, String resource, String outcome,
            String ip, String userAgent, String location, String detail, String previousHash, String hash) {
        static RecordBody from(AuditRecord record) {
            var e = record.entry();
            return new RecordBody(record.sequence(), e.occurredAt(), e.actorId(), e.action(), e.subject(), e.resource(), e.outcome().name(),
                    e.ip(), e.userAgent(), e.location(), e.detail(), record.previousHash(), record.hash());
        }
    }

    /**
     * A page.
     *
     * @param items records in chain order
     * @param nextAfter pass as {@code after} for the next page; absent on the last
     */
    record PageBody(List<RecordBody> items, @Nullable Long nextAfter) {
    }

    /**
     * The result of a verification.
     *
     * @param intact whether every link holds
     * @param records how many records were checked
     * @param firstBrokenSequence the first record that does not hold, absent when intact
     * @param headHash the hash the chain ends with, to keep outside the database
     */
    record VerificationBody(boolean intact, long records, @Nullable Long firstBrokenSequence, String headHash) {
    }

    @GetMapping
    PageBody page(@AuthenticationPrincipal Caller caller, @RequestParam(name = "after", defaultValue = "0") @Min(0) long after,
            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(ReadAuditTrailUseCase.MAX_LIMIT) int limit) {
        AuditPage page = trail.page(caller, after, limit);
        return new PageBody(page.items().stream().map(RecordBody::from).toList(), page.nextAfter() == 0 ? null : page.nextAfter());
    }

    @GetMapping("/verify")
    VerificationBody verify(@AuthenticationPrincipal Caller caller) {
        AuditVerification result = trail.verify(caller);
        return new VerificationBody(result.intact(), result.records(),
                result.firstBroken().isPresent() ? result.firstBroken().getAsLong() : null, result.headHash());
    }
}
