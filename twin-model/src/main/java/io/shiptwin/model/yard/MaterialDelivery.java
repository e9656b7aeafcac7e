package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

import java.util.ArrayList;

/** A delivery of material from a supplier, and the blocks it is for (the logistics flow). */
public record MaterialDelivery(Identifier id, Identifier supplier, String material, double quantityTonnes,
        List<Identifier> forBlocks) implements YardObject {

    public MaterialDelivery {
        Require.kind("id", ObjectKind.MATERIAL_DELIVERY, id);
        Require.kind("supplier", ObjectKind.SUPPLIER, supplier);
        Require.text("material", material);
        Require.nonNegative("quantityTonnes", quantityTonnes);
        forBlocks = Require.kinds("forBlocks", ObjectKind.BLOCK, forBlocks);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.MATERIAL_DELIVERY;
    }

    @Override
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        links.add(new Link(Relationship.SUPPLIED_BY, supplier));
        forBlocks.forEach(b -> links.add(new Link(Relationship.DELIVERED_FOR, b)));
        return List.copyOf(links);
    }
}
