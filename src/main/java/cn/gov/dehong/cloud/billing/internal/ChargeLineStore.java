package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The charge lines and their reviews in plain JDBC: a run writes a period's lines in batches, statements are SQL
 * sums (exact NUMERIC arithmetic), exports stream rows with a fetch size. Nothing here decides a rule.
 */
@Repository
class ChargeLineStore {

    static final String REVIEW_JOIN = " left join bil_line_review r on r.period = l.period"
            + " and r.instance_id = l.instance_id and r.component = l.component and r.amount = l.amount";

    private static final String INSERT = "insert into bil_charge_line (period, instance_id, component, kind,"
            + " adjusts_period, run_id, instance_code, unit_id, unit_name, unit_county_id, product_id, product_name,"
            + " spec, quantity, price_list, monthly_fee, used_from, used_to, used_days, billed_days, days_in_month,"
            + " bearer, bearer_unit_id, bearer_name, share_percent, amount, note)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int COLUMNS = 27;
    private static final int ROWS_PER_INSERT = 500;
    private static final String FULL_INSERT = INSERT + (", " + ROW).repeat(ROWS_PER_INSERT - 1);

    private static final String SELECT = "select l.*, r.status as review_status, r.reason as review_reason,"
            + " r.outcome as review_outcome, r.resolution_note as review_resolution from bil_charge_line l" + REVIEW_JOIN;

    private static final Map<String, String> SORTABLE = Map.of("id", "l.id", "instanceCode", "l.instance_code",
            "unitName", "l.unit_name", "productName", "l.product_name", "amount", "l.amount",
            "bearerName", "l.bearer_name", "kind", "l.kind");

    private final JdbcTemplate jdbc;

    ChargeLineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- writing ----

    /**
     * Multi-row INSERTs of {@value #ROWS_PER_INSERT} lines each: one statement and round trip per 500 lines (13,500 parameters, well below the 32,767 PostgreSQL allows), on
     * PostgreSQL and H2 alike (a plain JDBC batch sends one statement per line unless the driver rewrites it).
     */
    void insert(List<ChargeLine> lines) {
        for (int from = 0; from < lines.size(); from += ROWS_PER_INSERT) {
            List<ChargeLine> chunk = lines.subList(from, Math.min(from + ROWS_PER_INSERT, lines.size()));
            jdbc.update(insertOf(chunk.size()), ps -> {
                for (int i = 0; i < chunk.size(); i++) {
                    bind(ps, i * COLUMNS, chunk.get(i));
                }
            });
        }
    }

    private static String insertOf(int rows) {
        if (rows == ROWS_PER_INSERT) {
            return FULL_INSERT;
        }
        return INSERT + (", " + ROW).repeat(rows - 1);
    }

    int deleteCharges(String period) {
        return jdbc.update("delete from bil_charge_line where period = ? and kind = 'CHARGE'", period);
    }

    int deleteAdjustments(String period, String adjustsPeriod, String componentPrefix) {
        return jdbc.update("delete from bil_charge_line where period = ? and kind = 'ADJUSTMENT' and adjusts_period = ?"
                + " and component like ?", period, adjustsPeriod, componentPrefix + "%");
    }

    /**
     * A re-run that changes a line's amount (or drops the line) withdraws the vendor's review of it: the vendor
     * reviews the new amount. Returns how many reviews were withdrawn.
     */
    int withdrawStaleReviews(String period) {
        return jdbc.update("delete from bil_line_review where period = ? and not exists (select 1 from bil_charge_line l"
                + " where l.period = bil_line_review.period and l.instance_id = bil_line_review.instance_id"
                + " and l.component = bil_line_review.component and l.amount = bil_line_review.amount)", period);
    }

    /** Binds one line to the 27 parameters after {@code offset}. */
    private static void bind(PreparedStatement ps, int offset, ChargeLine line) throws SQLException {
        int i = offset;
        ps.setString(++i, line.period());
        ps.setLong(++i, line.instanceId());
        ps.setString(++i, line.component());
        ps.setString(++i, line.kind().name());
        ps.setString(++i, line.adjustsPeriod());
        setLong(ps, ++i, line.runId());
        ps.setString(++i, line.instanceCode());
        ps.setLong(++i, line.unitId());
        ps.setString(++i, line.unitName());
        setLong(ps, ++i, line.unitCountyId());
        ps.setLong(++i, line.productId());
        ps.setString(++i, line.productName());
        ps.setString(++i, line.spec());
        setInt(ps, ++i, line.quantity());
        ps.setString(++i, line.priceList());
        ps.setBigDecimal(++i, line.monthlyFee());
        setDate(ps, ++i, line.usedFrom());
        setDate(ps, ++i, line.usedTo());
        setInt(ps, ++i, line.usedDays());
        setInt(ps, ++i, line.billedDays());
        setInt(ps, ++i, line.daysInMonth());
        ps.setString(++i, line.bearer().name());
        ps.setLong(++i, line.bearerUnitId());
        ps.setString(++i, line.bearerName());
        ps.setBigDecimal(++i, line.sharePercent());
        ps.setBigDecimal(++i, line.amount());
        ps.setString(++i, line.note());
    }

    // ---- reading lines ----

    Page<ChargeLineView> page(String period, LineFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = where(period, filter, args);
        Long total = jdbc.queryForObject("select count(*) from bil_charge_line l" + REVIEW_JOIN + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<ChargeLineView> content = jdbc.query(SELECT + where + orderBy(pageable.getSort()) + " limit ? offset ?",
                (rs, n) -> view(rs), pageArgs.toArray());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** Streams the lines in the given order without holding them: for exports of 100,000 lines. */
    void forEach(String period, LineFilter filter, Sort sort, Consumer<ChargeLineView> consumer) {
        List<Object> args = new ArrayList<>();
        String where = where(period, filter, args);
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement(SELECT + where + orderBy(sort));
            ps.setFetchSize(1000);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }, (RowCallbackHandler) rs -> consumer.accept(view(rs)));
    }

    Optional<ChargeLineView> line(String period, Long lineId) {
        return jdbc.query(SELECT + " where l.period = ? and l.id = ?", (rs, n) -> view(rs), period, lineId)
                .stream().findFirst();
    }

    List<ChargeLineView> lines(String period, Long instanceId, String componentPrefix) {
        return jdbc.query(SELECT + " where l.period = ? and l.instance_id = ? and l.component like ? order by l.id",
                (rs, n) -> view(rs), period, instanceId, componentPrefix + "%");
    }

    private static String where(String period, LineFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where l.period = ?");
        args.add(period);
        if (filter.scope() != null) {
            if (filter.scope().isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and l.unit_id in (").append(placeholders(filter.scope().size())).append(')');
                args.addAll(filter.scope());
            }
        }
        if (filter.unitId() != null) {
            where.append(" and l.unit_id = ?");
            args.add(filter.unitId());
        }
        if (filter.bearer() != null) {
            where.append(" and l.bearer = ?");
            args.add(filter.bearer().name());
        }
        if (filter.bearerUnitId() != null) {
            where.append(" and l.bearer_unit_id = ?");
            args.add(filter.bearerUnitId());
        }
        if (filter.kind() != null) {
            where.append(" and l.kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.review() != null) {
            if (filter.review() == ReviewStatus.OPEN) {
                where.append(" and r.id is null");
            } else {
                where.append(" and r.status = ?");
                args.add(filter.review().name());
            }
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().trim().toLowerCase() + "%";
            where.append(" and (lower(l.instance_code) like ? or lower(l.unit_name) like ? or lower(l.product_name) like ?)");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        return where.toString();
    }

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        orders.add("l.id asc");
        return " order by " + String.join(", ", orders);
    }

    static boolean sortable(String property) {
        return SORTABLE.containsKey(property);
    }

    private static ChargeLineView view(ResultSet rs) throws SQLException {
        String reviewStatus = rs.getString("review_status");
        return new ChargeLineView(rs.getLong("id"), rs.getString("period"), LineKind.valueOf(rs.getString("kind")),
                rs.getString("adjusts_period"), rs.getLong("instance_id"), rs.getString("instance_code"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("product_id"), rs.getString("product_name"),
                rs.getString("spec"), (Integer) rs.getObject("quantity", Integer.class), rs.getString("price_list"),
                money(rs, "monthly_fee"), rs.getObject("used_from", LocalDate.class),
                rs.getObject("used_to", LocalDate.class), rs.getObject("used_days", Integer.class),
                rs.getObject("billed_days", Integer.class), rs.getObject("days_in_month", Integer.class),
                CostBearer.valueOf(rs.getString("bearer")), rs.getLong("bearer_unit_id"), rs.getString("bearer_name"),
                rs.getBigDecimal("share_percent"), money(rs, "amount"), rs.getString("note"),
                reviewStatus == null ? ReviewStatus.OPEN : ReviewStatus.valueOf(reviewStatus),
                rs.getString("review_reason"), rs.getString("review_outcome"), rs.getString("review_resolution"));
    }

    // ---- sums ----

    /** Lines and total of a period (every kind). */
    Totals totals(String period) {
        return jdbc.queryForObject("select count(*), coalesce(sum(amount), 0) from bil_charge_line where period = ?",
                (rs, n) -> new Totals(rs.getLong(1), scaled(rs.getBigDecimal(2))), period);
    }

    record Totals(long lines, BigDecimal total) {
    }

    /** Rows of a GROUP BY over a period's lines, handed over one by one. */
    void aggregate(String sql, Object[] args, RowCallbackHandler handler) {
        jdbc.query(sql, handler, args);
    }

    /** What each unit's lines add up to over a range of periods (both inclusive). */
    Map<Long, BigDecimal> sumsByUnit(String fromPeriod, String toPeriod, Collection<Long> unitIds) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (unitIds.isEmpty()) {
            return sums;
        }
        List<Object> args = new ArrayList<>(List.of(fromPeriod, toPeriod));
        args.addAll(unitIds);
        jdbc.query("select unit_id, sum(amount) from bil_charge_line where period >= ? and period <= ? and unit_id in ("
                + placeholders(unitIds.size()) + ") group by unit_id", (RowCallbackHandler) rs ->
                sums.put(rs.getLong(1), scaled(rs.getBigDecimal(2))), args.toArray());
        return sums;
    }

    /**
     * For a recheck of a closed period: what was charged for each instance and original component (key
     * "instanceId|component"), the period's own lines plus the rechecks of it booked in other periods (not in
     * {@code excludePeriod}, whose recheck is being replaced). Manual adjustments stand on their own.
     */
    Map<String, ChargeLineView> effectiveLines(String closedPeriod, String excludePeriod, Collection<Long> instanceIds) {
        Map<String, ChargeLineView> lines = new HashMap<>();
        if (instanceIds.isEmpty()) {
            return lines;
        }
        List<Object> args = new ArrayList<>(List.of(closedPeriod, closedPeriod, excludePeriod));
        args.addAll(instanceIds);
        jdbc.query("select l.*, null as review_status, null as review_reason, null as review_outcome,"
                + " null as review_resolution from bil_charge_line l where ((period = ? and kind = 'CHARGE')"
                + " or (adjusts_period = ? and kind = 'ADJUSTMENT' and period <> ? and component like '"
                + Adjustments.RECHECK + "%')) and instance_id in (" + placeholders(instanceIds.size()) + ")"
                + " order by id", (RowCallbackHandler) rs -> {
                    ChargeLineView line = view(rs);
                    String key = line.instanceId() + "|" + Adjustments.originalComponent(line.kind(), rs.getString("component"));
                    lines.merge(key, line, (first, more) -> Adjustments.withAmount(first, first.amount().add(more.amount())));
                }, args.toArray());
        return lines;
    }

    /** The instances that had lines of a closed period, after {@code afterId}, in id order (keyset page). */
    List<Long> instancesCharged(String closedPeriod, long afterId, int limit) {
        return jdbc.queryForList("select distinct instance_id from bil_charge_line where ((period = ? and kind = 'CHARGE')"
                + " or (adjusts_period = ? and kind = 'ADJUSTMENT')) and instance_id > ? order by instance_id limit ?",
                Long.class, closedPeriod, closedPeriod, afterId, limit);
    }

    int countManual(String period, Long instanceId) {
        Integer count = jdbc.queryForObject("select count(*) from bil_charge_line where period = ? and instance_id = ?"
                + " and component like 'MANUAL%'", Integer.class, period, instanceId);
        return count == null ? 0 : count;
    }

    // ---- reviews ----

    int countReviews(String period, ReviewStatus status) {
        Integer count = jdbc.queryForObject("select count(*) from bil_line_review r where r.period = ? and r.status = ?"
                + " and exists (select 1 from bil_charge_line l where l.period = r.period and l.instance_id = r.instance_id"
                + " and l.component = r.component and l.amount = r.amount)", Integer.class, period, status.name());
        return count == null ? 0 : count;
    }

    /** Inserts or replaces the review of one line (the key of the line, the amount the vendor saw). */
    void saveReview(ChargeLineView line, ReviewStatus status, String reason, String actor, Instant at) {
        jdbc.update("delete from bil_line_review where period = ? and instance_id = ? and component = (select component"
                + " from bil_charge_line where id = ?)", line.period(), line.instanceId(), line.id());
        jdbc.update("insert into bil_line_review (period, instance_id, component, amount, status, reason, reviewed_by,"
                + " reviewed_at) select period, instance_id, component, amount, ?, ?, ?, ? from bil_charge_line where id = ?",
                status.name(), reason, actor, utc(at), line.id());
    }

    void resolveReview(ChargeLineView line, String outcome, String note, String actor, Instant at) {
        jdbc.update("update bil_line_review set status = 'RESOLVED', outcome = ?, resolution_note = ?, resolved_by = ?,"
                + " resolved_at = ? where period = ? and instance_id = ? and component = (select component from"
                + " bil_charge_line where id = ?)", outcome, note, actor, utc(at), line.period(), line.instanceId(),
                line.id());
    }

    /** The vendor confirms every line of the period it has not reviewed yet, in one statement. */
    int confirmOpen(String period, String actor, Instant at) {
        return jdbc.update("insert into bil_line_review (period, instance_id, component, amount, status, reviewed_by,"
                + " reviewed_at) select l.period, l.instance_id, l.component, l.amount, 'CONFIRMED', ?, ?"
                + " from bil_charge_line l where l.period = ? and not exists (select 1 from bil_line_review r"
                + " where r.period = l.period and r.instance_id = l.instance_id and r.component = l.component)",
                actor, utc(at), period);
    }

    // ---- helpers ----

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static BigDecimal scaled(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(2);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }
}
