package coop.relais.insertion.internal;

import coop.relais.insertion.EvidenceKind;
import coop.relais.insertion.Skill;
import coop.relais.insertion.Views;
import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The skills record: the desk work counted as evidence, one row per piece of work, and the coach's validations. */
@Repository
public class SkillEvidenceRepository {

    private final JdbcClient jdbc;

    SkillEvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a piece of work once: false when it was counted already (a redelivered event). */
    public boolean evidence(UUID personId, EvidenceKind kind, UUID sourceId, Instant at) {
        long known = jdbc.sql("SELECT COUNT(*) FROM insertion_evidence WHERE kind = ? AND source_id = ?")
                .params(kind.name(), sourceId)
                .query(Long.class)
                .single();
        if (known > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO insertion_evidence (id, person_id, kind, source_id, occurred_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), personId, kind.name(), sourceId, Instants.param(at))
                .update();
        return true;
    }

    /** A person's work, by kind and month (in UTC months), the latest month first. */
    public List<Views.Evidence> evidence(UUID personId) {
        List<Views.Evidence> counted = new ArrayList<>();
        jdbc.sql("""
                        SELECT kind, EXTRACT(YEAR FROM occurred_at), EXTRACT(MONTH FROM occurred_at), COUNT(*)
                        FROM insertion_evidence WHERE person_id = ?
                        GROUP BY kind, EXTRACT(YEAR FROM occurred_at), EXTRACT(MONTH FROM occurred_at)""").param(personId).query((RowCallbackHandler) rs -> counted.add(new Views.Evidence(
                EvidenceKind.valueOf(rs.getString(1)), rs.getLong(4), YearMonth.of(rs.getInt(2), rs.getInt(3)))));
        counted.sort((a, b) -> b.period().compareTo(a.period()));
        return counted;
    }

    public void validate(UUID personId, Skill skill, int level, Instant at, UUID by, String signedAs) {
        jdbc.sql("""
                        INSERT INTO insertion_validation (id, person_id, skill, level, validated_at, validated_by, signed_as)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), personId, skill.name(), level, Instants.param(at), by, signedAs)
                .update();
    }

    /** A skill's latest validation. */
    public record Validation(Skill skill, int level, Instant at, String signedAs) {}

    /** The latest validation of each skill, for each of these people. */
    public Map<UUID, Map<Skill, Validation>> validations(Collection<UUID> personIds) {
        Map<UUID, Map<Skill, Validation>> validated = new HashMap<>();
        if (personIds.isEmpty()) {
            return validated;
        }
        jdbc.sql("""
                        SELECT v.person_id, v.skill, v.level, v.validated_at, v.signed_as FROM insertion_validation v
                        WHERE v.person_id IN (:people)
                          AND v.validated_at = (SELECT MAX(w.validated_at) FROM insertion_validation w
                                                WHERE w.person_id = v.person_id AND w.skill = v.skill)""").param("people", List.copyOf(personIds)).query((RowCallbackHandler) rs -> {
            Skill skill = Skill.valueOf(rs.getString(2));
            validated
                    .computeIfAbsent(rs.getObject(1, UUID.class), id -> new EnumMap<>(Skill.class))
                    .put(skill, new Validation(skill, rs.getInt(3), Instants.read(rs, 4), rs.getString(5)));
        });
        return validated;
    }

    /** When each kind of work was last counted, for each of these people. */
    public Map<UUID, Map<EvidenceKind, Instant>> lastOfEachKind(Collection<UUID> personIds) {
        Map<UUID, Map<EvidenceKind, Instant>> last = new HashMap<>();
        if (personIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        SELECT person_id, kind, MAX(occurred_at) FROM insertion_evidence
                        WHERE person_id IN (:people) GROUP BY person_id, kind""").param("people", List.copyOf(personIds)).query((RowCallbackHandler)
                rs -> last.computeIfAbsent(rs.getObject(1, UUID.class), id -> new EnumMap<>(EvidenceKind.class))
                        .put(EvidenceKind.valueOf(rs.getString(2)), Instants.read(rs, 3)));
        return last;
    }
}
