package archfixture.order.alpha.internal;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Fixture for the answer-order rule only: its declared order leaves a component out. */
@JsonbPropertyOrder({"id"})
public record MisorderedView(String id, String name) {
}
