package chat.groups.internal.interfaces;

import java.lang.reflect.Field;

import chat.platform.rest.RecordBodyReader;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** The request readers with the Bean Validation Liberty runs (Hibernate Validator), injected by hand as CDI would. */
final class Readers {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Readers() {
    }

    static <T extends RecordBodyReader> T withValidator(T reader) {
        try {
            Field field = RecordBodyReader.class.getDeclaredField("validator");
            field.setAccessible(true);
            field.set(reader, VALIDATOR);
            return reader;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RecordBodyReader no longer has the field CDI injects", e);
        }
    }
}
