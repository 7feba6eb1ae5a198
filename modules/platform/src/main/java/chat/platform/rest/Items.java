package chat.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A list answer, {@code {"items":[...]}}: the shape of every list the contract gives whole. */
@JsonbPropertyOrder({"items"})
public record Items<T>(@Schema(required = true) List<T> items) {

    public Items {
        items = List.copyOf(items);
    }
}
