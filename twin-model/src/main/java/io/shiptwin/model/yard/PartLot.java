package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** Parts cut from one nesting for one block: the unit that moves from cutting to the panel line. */
public record PartLot(Identifier id, Identifier block, String steelGrade, int pieces, double weightTonnes)
        implements YardObject {

    public PartLot {
        Require.kind("id", ObjectKind.PART_LOT, id);
        Require.kind("block", ObjectKind.BLOCK, block);
        Require.text("steelGrade", steelGrade);
        Require.atLeast("pieces", 1, pieces);
        Require.nonNegative("weightTonnes", weightTonnes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.PART_LOT;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.CUT_FOR, block));
    }
}
