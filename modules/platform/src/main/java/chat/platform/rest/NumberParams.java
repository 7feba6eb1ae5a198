package chat.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import chat.platform.errors.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns a query, path or header parameter into the {@code Integer} or {@code Long} its resource
 * takes, within the parameter's {@code @Min} and {@code @Max}, or answers 400 naming the parameter
 * ({@code limit: must be a whole number from 1 to 200}). Without this the runtime answers a number
 * it cannot parse in a query with 404, as JAX-RS says it should, and a client learns nothing.
 */
@Provider
public class NumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        boolean isLong = rawType == Long.class;
        if (!isLong && rawType != Integer.class) {
            return null;
        }
        String name = name(annotations);
        long min = isLong ? Long.MIN_VALUE : Integer.MIN_VALUE;
        long max = isLong ? Long.MAX_VALUE : Integer.MAX_VALUE;
        for (Annotation annotation : annotations) {
            if (annotation instanceof Min m) {
                min = Math.max(min, m.value());
            } else if (annotation instanceof Max m) {
                max = Math.min(max, m.value());
            }
        }
        return (ParamConverter<T>) new Bounded(name, min, max, isLong);
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }

    /** One parameter's converter: it knows the name to put in the error. */
    record Bounded(String name, long min, long max, boolean isLong) implements ParamConverter<Number> {

        @Override
        public Number fromString(String value) {
            if (value == null) {
                return null;
            }
            long parsed;
            try {
                parsed = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw refused();
            }
            if (parsed < min || parsed > max) {
                throw refused();
            }
            return isLong ? (Number) parsed : (Number) (int) parsed;
        }

        @Override
        public String toString(Number value) {
            return value == null ? null : value.toString();
        }

        /** A WebApplicationException, so the runtime does not turn it into a 404; its cause is the answer. */
        private BadRequestException refused() {
            return new BadRequestException(new InvalidInputException(name, range()));
        }

        private String range() {
            boolean lowerBound = min != Long.MIN_VALUE && min != Integer.MIN_VALUE;
            boolean upperBound = max != Long.MAX_VALUE && max != Integer.MAX_VALUE;
            if (lowerBound && upperBound) {
                return "must be a whole number from " + min + " to " + max;
            }
            if (lowerBound) {
                return "must be a whole number of at least " + min;
            }
            if (upperBound) {
                return "must be a whole number of at most " + max;
            }
            return "must be a whole number";
        }
    }
}
