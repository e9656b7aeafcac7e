package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

import java.util.Optional;

/**
 * A hull block: the unit of assembly, outfitting, painting and erection.
 *
 * @param ship             the one ship the block belongs to
 * @param grandBlock       the grand block it is joined into, if it is erected as part of one
 * @param erectionSequence order of erection in the dock, from 1
 */
public record Block(Identifier id, Identifier ship, Optional<Identifier> grandBlock, double weightTonnes, HullZone zone,
        int erectionSequence) implements YardObject {

    public Block {
        Require.kind("id", ObjectKind.BLOCK, id);
        Require.kind("ship", ObjectKind.SHIP, ship);
        Require.present("grandBlock", grandBlock).ifPresent(g -> Require.kind("grandBlock", ObjectKind.GRAND_BLOCK, g));
        Require.nonNegative("weightTonnes", weightTonnes);
        Require.present("zone", zone);
        Require.atLeast("erectionSequence", 1, erectionSequence);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.BLOCK;
    }

    @Override
    public List<Link> links() {
        return grandBlock.map(g -> List.of(new Link(Relationship.BLOCK_OF, ship), new Link(Relationship.JOINED_INTO, g)))
                .orElse(List.of(new Link(Relationship.BLOCK_OF, ship)));
    }
}
