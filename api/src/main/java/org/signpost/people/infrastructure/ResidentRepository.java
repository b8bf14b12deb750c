package org.signpost.people.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.signpost.people.model.ContactMethod;
import org.signpost.people.model.Resident;
import org.signpost.people.model.ResidentDetails;
import org.signpost.people.model.Sex;
import org.signpost.platform.jdbc.Sql;

@Singleton
public class ResidentRepository {

    private static final String COLUMNS = "id, scheme_id, user_account_id, given_name, family_name, preferred_name, date_of_birth,"
            + " sex, postcode, phone, email, address, contact_method, contact_notes, nhs_number, gp_practice_ods_code, merged_into,"
            + " version, created_at";

    private final Sql sql;

    ResidentRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(UUID id, UUID scheme, UUID account, ResidentDetails d, UUID createdBy, Instant now) {
        sql.update("INSERT INTO resident (id, scheme_id, user_account_id, given_name, family_name, preferred_name, date_of_birth,"
                + " sex, postcode, phone, email, address, contact_method, contact_notes, nhs_number, gp_practice_ods_code,"
                + " match_key, version, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                id, scheme, account, d.givenName(), d.familyName(), d.preferredName(), d.dateOfBirth(),
                d.sex() == null ? null : d.sex().wire(), d.postcode(), d.phone(), d.email(), d.address(), d.contactMethod().wire(),
                d.contactNotes(), d.nhsNumber(), d.gpPracticeOdsCode(), d.matchKey(), createdBy, now, now);
    }

    public Optional<Resident> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM resident WHERE id = ?", ResidentRepository::row, id);
    }

    public Optional<Resident> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM resident WHERE id = ? FOR UPDATE", ResidentRepository::row, id);
    }

    public List<Resident> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT " + COLUMNS + " FROM resident WHERE id IN (" + Sql.placeholders(ids) + ")", ResidentRepository::row,
                ids.toArray());
    }

    public Optional<Resident> ownedBy(UUID account) {
        return sql.one("SELECT " + COLUMNS + " FROM resident WHERE user_account_id = ?", ResidentRepository::row, account);
    }

    /** Live (not merged) records in these schemes with the same NHS number or the same match key, except {@code self}. */
    public List<Resident> possibleDuplicates(UUID self, String nhsNumber, String matchKey, Set<UUID> schemes) {
        if (schemes.isEmpty()) {
            return List.of();
        }
        Object[] params = new Object[4 + schemes.size()];
        params[0] = self;
        params[1] = nhsNumber;
        params[2] = nhsNumber;
        params[3] = matchKey;
        int i = 4;
        for (UUID scheme : schemes) {
            params[i++] = scheme;
        }
        return sql.list("SELECT " + COLUMNS + " FROM resident WHERE id <> ? AND merged_into IS NULL"
                + " AND ((? IS NOT NULL AND nhs_number = ?) OR match_key = ?) AND scheme_id IN (" + Sql.placeholders(schemes) + ")"
                + " ORDER BY created_at LIMIT 20", ResidentRepository::row, params);
    }

    /**
     * Live records of these schemes matching every criterion given (each name word the start of a first, preferred or
     * last name; the date of birth; the NHS number; the id), by family name.
     */
    public List<Resident> search(Set<UUID> schemes, List<String> nameWords, LocalDate dateOfBirth, String nhsNumber, UUID id,
            int limit) {
        if (schemes.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("merged_into IS NULL AND scheme_id IN (" + Sql.placeholders(schemes) + ")");
        List<Object> params = new ArrayList<>(schemes);
        for (String word : nameWords) {
            String prefix = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (given_name LIKE ? OR family_name LIKE ? OR preferred_name LIKE ?)");
            params.add(prefix);
            params.add(prefix);
            params.add(prefix);
        }
        if (dateOfBirth != null) {
            where.append(" AND date_of_birth = ?");
            params.add(dateOfBirth);
        }
        if (nhsNumber != null) {
            where.append(" AND nhs_number = ?");
            params.add(nhsNumber);
        }
        if (id != null) {
            where.append(" AND id = ?");
            params.add(id);
        }
        params.add(limit);
        return sql.list("SELECT " + COLUMNS + " FROM resident WHERE " + where + " ORDER BY family_name, given_name, id LIMIT ?",
                ResidentRepository::row, params.toArray());
    }

    public List<UUID> mergedInto(UUID survivor) {
        return sql.list("SELECT id FROM resident WHERE merged_into = ? ORDER BY updated_at", rs -> Sql.uuid(rs, "id"), survivor);
    }

    /** Fills the survivor's empty identifiers from the merged record and bumps its version. */
    public void absorb(UUID survivor, Resident merged, Instant now) {
        ResidentDetails d = merged.details();
        sql.update("UPDATE resident SET nhs_number = COALESCE(nhs_number, ?), gp_practice_ods_code = COALESCE(gp_practice_ods_code, ?),"
                + " phone = COALESCE(phone, ?), email = COALESCE(email, ?), address = COALESCE(address, ?),"
                + " user_account_id = COALESCE(user_account_id, ?), version = version + 1, updated_at = ? WHERE id = ?",
                d.nhsNumber(), d.gpPracticeOdsCode(), d.phone(), d.email(), d.address(), merged.userAccountId(), now, survivor);
    }

    public void markMerged(UUID merged, UUID survivor, Instant now) {
        sql.update("UPDATE resident SET merged_into = ?, user_account_id = NULL, version = version + 1, updated_at = ? WHERE id = ?",
                survivor, now, merged);
    }

    private static Resident row(ResultSet rs) throws SQLException {
        String sex = rs.getString("sex");
        ResidentDetails details = new ResidentDetails(rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("preferred_name"), Sql.date(rs, "date_of_birth"), sex == null ? null : Sex.fromWire(sex),
                rs.getString("postcode"), rs.getString("phone"), rs.getString("email"), rs.getString("address"),
                ContactMethod.fromWire(rs.getString("contact_method")), rs.getString("contact_notes"), rs.getString("nhs_number"),
                rs.getString("gp_practice_ods_code"));
        return new Resident(Sql.uuid(rs, "id"), Sql.uuid(rs, "scheme_id"), Sql.uuid(rs, "user_account_id"), details,
                Sql.uuid(rs, "merged_into"), rs.getLong("version"), Sql.instant(rs, "created_at"));
    }
}
