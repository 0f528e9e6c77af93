package id.selaras.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Reading nullable columns and binding nullable values, which R2DBC makes verbose. */
public final class Rows {

    private Rows() {
    }

    public static Double dbl(Readable row, String column) {
        BigDecimal v = row.get(column, BigDecimal.class);
        return v == null ? null : v.doubleValue();
    }

    public static Integer integer(Readable row, String column) {
        return row.get(column, Integer.class);
    }

    public static long id(Readable row, String column) {
        Long v = row.get(column, Long.class);
        if (v == null) {
            throw new IllegalStateException("null id in column " + column);
        }
        return v;
    }

    public static Long optionalId(Readable row, String column) {
        return row.get(column, Long.class);
    }

    public static Instant instant(Readable row, String column) {
        OffsetDateTime t = row.get(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static GenericExecuteSpec bind(GenericExecuteSpec spec, String name, Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    public static GenericExecuteSpec bindNumber(GenericExecuteSpec spec, String name, Double value) {
        return value == null ? spec.bindNull(name, BigDecimal.class) : spec.bind(name, BigDecimal.valueOf(value));
    }
}
