package dev.publiccredit.ledger.api.rebuild;

import dev.publiccredit.ledger.api.problem.ProblemDetailsAdvice;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Administration: rebuild every projection from the event store beside the live tables (ADR 0022). */
@RestController
@RequestMapping("/api/v1/admin/projections/rebuild")
@Tag(name = "administration")
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @Operation(summary = "Start a rebuild of every projection; 202 with its progress, 409 if one is running")
    ResponseEntity<?> start() {
        return rebuild.start()
                .<ResponseEntity<?>>map(p -> ResponseEntity.accepted()
                        .location(URI.create("/api/v1/admin/projections/rebuild/" + p.id())).body(p))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                            "a projection rebuild is already running");
                    problem.setType(URI.create(ProblemDetailsAdvice.TYPE_BASE + "rebuild-running"));
                    problem.setTitle("Rebuild already running");
                    problem.setInstance(URI.create("/api/v1/admin/projections/rebuild"));
                    problem.setProperty("code", "REBUILD_RUNNING");
                    return ResponseEntity.status(HttpStatus.CONFLICT)
                            .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
                });
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress of a rebuild: percent, events per second, time left")
    RebuildProgress progress(@PathVariable String id) {
        UUID rebuildId;
        try {
            rebuildId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("id", "must be a UUID");
        }
        return rebuild.progress(rebuildId).orElseThrow(() -> new NotFound("rebuild " + id));
    }
}
