package org.signpost.directory.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.application.OrukQuery;
import org.signpost.directory.application.PageOf;
import org.signpost.directory.application.PublishedDirectory;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ServiceListing;
import org.signpost.platform.jdbc.Sql;

/** The ORUK feed's reads, paged in SQL over the indexed published-listing columns. */
@Singleton
class JdbcPublishedDirectory implements PublishedDirectory {

    private static final String TERM_COLUMNS = "t.id, t.code, t.name, t.description, t.parent_id, t.taxonomy_id, t.term_uri,"
            + " x.name AS taxonomy_name FROM taxonomy_term t JOIN taxonomy x ON x.id = t.taxonomy_id";

    private final JdbcOperations jdbc;

    JdbcPublishedDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @ReadOnly
    public PageOf<UUID> services(OrukQuery query, ResidentVisibility.Criteria published) {
        PublishedFilter filter = PublishedFilter.of(query, published, false);
        long total = count("SELECT COUNT(*) FROM service s WHERE " + filter.where(), filter.parameters());
        List<UUID> ids = list("SELECT s.id FROM service s WHERE " + filter.where() + " ORDER BY s.name, s.id LIMIT ? OFFSET ?",
                filter.parameters(query.perPage(), query.offset()), rs -> UUID.fromString(rs.getString(1)));
        return new PageOf<>(ids, total, query.page(), query.perPage());
    }

    @Override
    @ReadOnly
    public PageOf<Place> places(OrukQuery query, ResidentVisibility.Criteria published) {
        PublishedFilter filter = PublishedFilter.of(query, published, true);
        String from = " FROM service_at_location sal JOIN service s ON s.id = sal.service_id JOIN location l ON l.id = sal.location_id"
                + " WHERE " + filter.where();
        long total = count("SELECT COUNT(*)" + from, filter.parameters());
        String order = query.near() == null ? " ORDER BY s.name, sal.id" : " ORDER BY " + filter.distance() + ", sal.id";
        List<Place> places = list("SELECT sal.id, sal.service_id" + from + order + " LIMIT ? OFFSET ?",
                filter.orderedParameters(query.perPage(), query.offset()),
                rs -> new Place(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2))));
        return new PageOf<>(places, total, query.page(), query.perPage());
    }

    @Override
    @ReadOnly
    public PageOf<ServiceListing.Organisation> organisations(String search, int page, int perPage,
            ResidentVisibility.Criteria published) {
        ResidentVisibility.SqlFilter rule = published.sql("s");
        StringBuilder where = new StringBuilder(" FROM organisation o WHERE EXISTS (SELECT 1 FROM service s WHERE s.organisation_id = o.id AND "
                + rule.where() + ")");
        List<Object> parameters = new ArrayList<>(rule.parameters());
        if (search != null) {
            for (String word : search.split("\\s+")) {
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.append(" AND (o.name LIKE ? OR o.description LIKE ?)");
                parameters.add(like);
                parameters.add(like);
            }
        }
        long total = count("SELECT COUNT(*)" + where, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(perPage);
        paged.add((long) (page - 1) * perPage);
        List<ServiceListing.Organisation> items = list("SELECT o.*" + where + " ORDER BY o.name, o.id LIMIT ? OFFSET ?", paged,
                JdbcPublishedDirectory::organisation);
        return new PageOf<>(items, total, page, perPage);
    }

    @Override
    @ReadOnly
    public Optional<ServiceListing.Organisation> organisation(UUID id, ResidentVisibility.Criteria published) {
        ResidentVisibility.SqlFilter rule = published.sql("s");
        List<Object> parameters = new ArrayList<>();
        parameters.add(id.toString());
        parameters.addAll(rule.parameters());
        return list("SELECT o.* FROM organisation o WHERE o.id = ? AND EXISTS (SELECT 1 FROM service s WHERE s.organisation_id = o.id"
                + " AND " + rule.where() + ")", parameters, JdbcPublishedDirectory::organisation).stream().findFirst();
    }

    private static ServiceListing.Organisation organisation(ResultSet rs) throws SQLException {
        return new ServiceListing.Organisation(UUID.fromString(rs.getString("id")), rs.getString("name"), rs.getString("description"),
                rs.getString("email"), rs.getString("website"), rs.getString("logo"));
    }

    @Override
    @ReadOnly
    public Optional<UUID> serviceOfPlace(UUID serviceAtLocationId) {
        return list("SELECT service_id FROM service_at_location WHERE id = ?", List.of(serviceAtLocationId.toString()),
                rs -> UUID.fromString(rs.getString(1))).stream().findFirst();
    }

    @Override
    @ReadOnly
    public PageOf<Taxonomy> taxonomies(int page, int perPage) {
        long total = count("SELECT COUNT(*) FROM taxonomy", List.of());
        List<Taxonomy> items = list("SELECT * FROM taxonomy ORDER BY name, id LIMIT ? OFFSET ?",
                List.of(perPage, (long) (page - 1) * perPage), JdbcPublishedDirectory::taxonomy);
        return new PageOf<>(items, total, page, perPage);
    }

    @Override
    @ReadOnly
    public Optional<Taxonomy> taxonomy(UUID id) {
        return list("SELECT * FROM taxonomy WHERE id = ?", List.of(id.toString()), JdbcPublishedDirectory::taxonomy)
                .stream().findFirst();
    }

    @Override
    @ReadOnly
    public PageOf<Term> terms(int page, int perPage) {
        long total = count("SELECT COUNT(*) FROM taxonomy_term", List.of());
        List<Term> items = list("SELECT " + TERM_COLUMNS + " ORDER BY t.code, t.id LIMIT ? OFFSET ?",
                List.of(perPage, (long) (page - 1) * perPage), JdbcPublishedDirectory::term);
        return new PageOf<>(items, total, page, perPage);
    }

    @Override
    @ReadOnly
    public List<Term> termsOf(UUID taxonomyId) {
        return list("SELECT " + TERM_COLUMNS + " WHERE t.taxonomy_id = ? ORDER BY t.code", List.of(taxonomyId.toString()),
                JdbcPublishedDirectory::term);
    }

    @Override
    @ReadOnly
    public Optional<Term> term(UUID id) {
        return list("SELECT " + TERM_COLUMNS + " WHERE t.id = ?", List.of(id.toString()), JdbcPublishedDirectory::term)
                .stream().findFirst();
    }

    private static Taxonomy taxonomy(ResultSet rs) throws SQLException {
        return new Taxonomy(UUID.fromString(rs.getString("id")), rs.getString("name"), rs.getString("description"),
                rs.getString("uri"), rs.getString("version"));
    }

    private static Term term(ResultSet rs) throws SQLException {
        String parent = rs.getString("parent_id");
        return new Term(UUID.fromString(rs.getString("id")), rs.getString("code"), rs.getString("name"), rs.getString("description"),
                parent == null ? null : UUID.fromString(parent), UUID.fromString(rs.getString("taxonomy_id")),
                rs.getString("taxonomy_name"), rs.getString("term_uri"));
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private long count(String sql, List<Object> parameters) {
        return list(sql, parameters, rs -> rs.getLong(1)).get(0);
    }

    private <T> List<T> list(String sql, List<?> parameters, Reader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> {
            Sql.bind(statement, parameters.toArray());
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        });
    }
}
