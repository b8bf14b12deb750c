package org.signpost.evaluation.application;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An export as an input stream the HTTP server pulls from: each time its buffer runs dry it
 * reads the next rows (about 64 KB of output) from its source and encodes them, so memory holds
 * one buffer, never the export. CSV (RFC 4180 quoting, header line first) or JSON lines (one
 * object per line). Reaching the end or being closed early closes the source and reports how
 * many rows went out.
 */
final class ExportStream extends InputStream {

    /** Where rows come from: values in column order, null at the end. */
    interface Rows extends AutoCloseable {

        Object[] next();

        @Override
        void close();
    }

    /** Told once how the export ended. */
    interface Ending {

        void ended(long rows, boolean complete, Exception failure);
    }

    private static final int CHUNK = 64 * 1024;
    private static final CsvFactory CSV = new CsvFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private final ExportFormat format;
    private final List<String> columns;
    private final Map<String, Object> header;
    private final Rows rows;
    private final Ending ending;
    private final Buffer buffer = new Buffer();
    private CsvGenerator csv;
    private JsonGenerator json;
    private int position;
    private long written;
    private boolean exhausted;
    private boolean closed;

    ExportStream(ExportFormat format, List<String> columns, Rows rows, Ending ending) {
        this(format, columns, Map.of(), rows, ending);
    }

    /**
     * With a header: in CSV, one {@code # name: value} line per entry before the column names; in
     * JSON lines, a first line {@code {"metadata": {...}}}.
     */
    ExportStream(ExportFormat format, List<String> columns, Map<String, Object> header, Rows rows, Ending ending) {
        this.format = format;
        this.header = header;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.ending = ending;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position >= buffer.size() && !exhausted && !closed) {
            fill();
        }
        if (position >= buffer.size()) {
            return -1;
        }
        int n = Math.min(length, buffer.size() - position);
        System.arraycopy(buffer.bytes(), position, target, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            rows.close();
            if (!exhausted) {
                ending.ended(written, false, null);
            }
        }
    }

    private void fill() throws IOException {
        buffer.reset();
        position = 0;
        try {
            if (csv == null && json == null) {
                start();
            }
            while (buffer.size() < CHUNK) {
                Object[] row = rows.next();
                if (row == null) {
                    exhausted = true;
                    break;
                }
                write(row);
                written++;
            }
            if (csv != null) {
                csv.flush();
            } else {
                json.flush();
            }
        } catch (IOException | RuntimeException e) {
            exhausted = true;
            rows.close();
            ending.ended(written, false, e);
            throw e instanceof IOException io ? io : new IOException("The export failed after " + written + " rows", e);
        }
        if (exhausted) {
            rows.close();
            ending.ended(written, true, null);
        }
    }

    private void start() throws IOException {
        if (format == ExportFormat.CSV) {
            for (Map.Entry<String, Object> entry : header.entrySet()) {
                buffer.write(("# " + entry.getKey() + ": " + entry.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            // the streaming generator, not a databind writer: no serializer lookup per value
            csv = CSV.createGenerator(buffer);
            csv.setSchema(CsvSchema.emptySchema());
            // quotes a value only when it needs it (Jackson otherwise quotes every long string)
            csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            writeCsv(columns.toArray());
        } else {
            json = JSON.createGenerator(buffer);
            json.setRootValueSeparator(null);
            if (!header.isEmpty()) {
                json.writeStartObject();
                json.writeObjectFieldStart("metadata");
                for (Map.Entry<String, Object> entry : header.entrySet()) {
                    json.writeFieldName(entry.getKey());
                    if (entry.getValue() instanceof Number n) {
                        json.writeNumber(n.longValue());
                    } else {
                        json.writeString(String.valueOf(entry.getValue()));
                    }
                }
                json.writeEndObject();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
    }

    private void write(Object[] row) throws IOException {
        if (csv != null) {
            writeCsv(row);
            return;
        }
        json.writeStartObject();
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            json.writeFieldName(columns.get(i));
            if (value == null) {
                json.writeNull();
            } else if (value instanceof BigDecimal d) {
                json.writeNumber(d);
            } else if (value instanceof Integer n) {
                json.writeNumber(n);
            } else if (value instanceof Long n) {
                json.writeNumber(n);
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** One line: an empty field for null, decimals as plain strings, other numbers unquoted. */
    private void writeCsv(Object[] row) throws IOException {
        csv.writeStartArray();
        for (Object value : row) {
            if (value == null) {
                csv.writeString("");
            } else if (value instanceof BigDecimal d) {
                csv.writeString(d.toPlainString());
            } else if (value instanceof Integer n) {
                csv.writeNumber(n);
            } else if (value instanceof Long n) {
                csv.writeNumber(n);
            } else {
                csv.writeString(value.toString());
            }
        }
        csv.writeEndArray();
    }

    /** A byte buffer that lends its array rather than copying it. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer() {
            super(CHUNK + 8 * 1024);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
