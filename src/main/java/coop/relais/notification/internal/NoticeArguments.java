package coop.relais.notification.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The arguments of a notice, stored as a JSON array: numbers stay numbers (so that {@code {0,number}}
 * still formats them), everything else is kept as its text, at most {@value #MAX_LENGTH} characters
 * each and {@value #MAX_COUNT} arguments.
 */
final class NoticeArguments {

    static final int MAX_COUNT = 10;
    static final int MAX_LENGTH = 300;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private NoticeArguments() {}

    static String write(Object[] arguments) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < Math.min(arguments.length, MAX_COUNT); i++) {
            values.add(normalise(arguments[i]));
        }
        return JSON.writeValueAsString(values);
    }

    static List<Object> read(String json) {
        try {
            List<Object> values = JSON.readValue(json, new TypeReference<List<Object>>() {});
            return values == null ? List.of() : values;
        } catch (JacksonException e) {
            return List.of();
        }
    }

    private static Object normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        String text = value.toString();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
