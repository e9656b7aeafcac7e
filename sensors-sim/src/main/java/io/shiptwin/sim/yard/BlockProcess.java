package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Distribution;
import io.shiptwin.sim.des.Resource;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Perturbations.SupplierDelay;
import io.shiptwin.sim.scenario.Quality;
import io.shiptwin.sim.scenario.Scenario.Supplier;
import io.shiptwin.sim.scenario.Stages;
import io.shiptwin.sim.scenario.Yard;
import io.shiptwin.sim.scenario.Yard.WorkCentre;
import io.shiptwin.sim.yard.Hull.Block;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One block's way from steel order to painted: steel is ordered a nominal lead time before the block's
 * release and arrives when the mill delivers; then cutting, forming, sub-assembly, block assembly
 * (inspected: a defect means rework at the same work centre), pre-outfitting and painting, coat by coat,
 * only while the booth climate is in spec. The painted block is handed to its grand block.
 */
final class BlockProcess {
    private final RunningYard yard;
    private final Block block;
    private final GrandBlockProcess grandBlock;
    private final Ledger ledger;
    private final Stages stages;
    private final double weightFactor;
    private long enteredAt;
    private long orderedAt;
    private long paintingStart;
    private double assemblyHours;
    private boolean assembled;
    private boolean paintingStarted;
    private int pendingRevisions;

    BlockProcess(RunningYard yard, Block block, GrandBlockProcess grandBlock, Ledger ledger) {
        this.yard = yard;
        this.block = block;
        this.grandBlock = grandBlock;
        this.ledger = ledger;
        this.stages = yard.scenario.stages();
        this.weightFactor = block.weightTonnes() / stages.referenceBlockTonnes();
    }

    long enteredAt() {
        return enteredAt;
    }

    /** A design revision reaches this block if it is assembled but not yet in the paint shop. */
    boolean revisable() {
        return assembled && !paintingStarted;
    }

    /** The revision is reworked at block assembly before the block goes to painting. */
    void revise() {
        pendingRevisions++;
    }

    void start() {
        Supplier supplier = pickSupplier(yard.sim.random().stream("steel.supplier"));
        long orderAt = Math.max(yard.sim.now(), block.steelRelease() - SimTime.days(supplier.leadTimeDays().mean()));
        yard.sim.scheduleAt(orderAt, 0, () -> orderSteel(supplier));
    }

    private Supplier pickSupplier(SplittableRandom random) {
        List<Supplier> suppliers = yard.scenario.suppliers();
        double u = random.nextDouble();
        for (Supplier s : suppliers) {
            u -= s.share();
            if (u < 0) {
                return s;
            }
        }
        return suppliers.get(suppliers.size() - 1);
    }

    private void orderSteel(Supplier supplier) {
        orderedAt = yard.sim.now();
        yard.truth.started(block.id(), Stage.STEEL_DELIVERY, orderedAt);
        double days = supplier.leadTimeDays().duration(yard.sim.random().stream("steel.leadTime"));
        double orderDay = SimTime.toDays(orderedAt);
        for (SupplierDelay d : yard.scenario.perturbations().supplierDelays()) {
            if (d.supplier().equals(supplier.name()) && orderDay >= d.fromDay() && orderDay < d.toDay()) {
                days += d.extraDays();
            }
        }
        yard.sim.schedule(SimTime.days(days), () -> steelArrived(supplier));
    }

    private void steelArrived(Supplier supplier) {
        yard.truth.steelDelivered(block.id(), supplier.name(), block.weightTonnes(), yard.sim.now());
        yard.truth.stage(block.id(), Stage.STEEL_DELIVERY, orderedAt, yard.sim.now());
        ledger.steel(block.weightTonnes());
        enteredAt = yard.sim.now();
        yard.blockEntered();
        yard.sim.scheduleAt(Math.max(yard.sim.now(), block.steelRelease()), 0, () -> shop(0));
    }

    private void shop(int index) {
        if (index == Stage.SHOP_STAGES.size()) {
            paint();
            return;
        }
        Stage stage = Stage.SHOP_STAGES.get(index);
        String key = Yard.WORK_CENTRE_STAGES.get(index);
        double hours = hours(stage, shopHours(index));
        yard.work(yard.resources.shops.get(key), block.id(), stage, hours, spec(key).crewSize(), spec(key).powerKw(), ledger, false,
                () -> afterShop(index, hours));
    }

    private void afterShop(int index, double hours) {
        if (Stage.SHOP_STAGES.get(index) != Stage.BLOCK_ASSEMBLY) {
            shop(index + 1);
            return;
        }
        inspect(index, hours);
    }

    /** Dimensional and weld inspection after block assembly; a non-conformance is reworked, then inspected again. */
    private void inspect(int index, double assemblyHours) {
        Quality q = yard.scenario.quality();
        SplittableRandom random = yard.sim.random().stream("inspection.block");
        double p = yard.wear.defectProbability(q.blockDefectProbability(), yard.sim.now());
        if (random.nextDouble() >= p) {
            yard.truth.incident(block.id(), "inspection", yard.sim.now(), "pass");
            this.assemblyHours = assemblyHours;
            assembled = true;
            shop(index + 1);
            return;
        }
        yard.truth.incident(block.id(), "non-conformance", yard.sim.now(), "block assembly");
        double rework = assemblyHours * q.reworkFraction().duration(random);
        String key = Yard.WORK_CENTRE_STAGES.get(index);
        yard.work(yard.resources.shops.get(key), block.id(), Stage.BLOCK_ASSEMBLY, rework, spec(key).crewSize(), spec(key).powerKw(),
                ledger, true, () -> inspect(index, assemblyHours));
    }

    private void paint() {
        if (pendingRevisions > 0) {
            pendingRevisions--;
            String key = Yard.WORK_CENTRE_STAGES.get(Stage.SHOP_STAGES.indexOf(Stage.BLOCK_ASSEMBLY));
            double hours = assemblyHours * yard.scenario.quality().reworkFraction().duration(yard.sim.random().stream("design.revisions"));
            yard.work(yard.resources.shops.get(key), block.id(), Stage.BLOCK_ASSEMBLY, hours, spec(key).crewSize(), spec(key).powerKw(),
                    ledger, true, this::paint);
            return;
        }
        paintingStarted = true;
        Resource booths = yard.resources.paintBooths;
        booths.request(() -> {
            paintingStart = yard.sim.now();
            yard.truth.started(block.id(), Stage.PAINTING, paintingStart);
            yard.truth.workStarted(block.id(), Stage.PAINTING, false, booths.name(), paintingStart);
            coat(1, false);
        });
    }

    private void coat(int coat, boolean redo) {
        if (coat > stages.paintCoats()) {
            yard.resources.paintBooths.release();
            // The booth is held for the whole painting stage; its man-hours and energy are booked per coat.
            yard.truth.workFinished(block.id(), Stage.PAINTING, false, yard.resources.paintBooths.name(), paintingStart,
                    yard.sim.now(), 0, 0, 0);
            yard.truth.stage(block.id(), Stage.PAINTING, paintingStart, yard.sim.now());
            grandBlock.blockPainted(this);
            return;
        }
        yard.weather.paintingClimate().whenOpen(() -> {
            long closuresBefore = yard.weather.paintingClimate().closures();
            double hours = hours(Stage.PAINTING, stages.paintCoatHours());
            yard.work(block.id(), Stage.COAT, hours, yard.resources.boothSpec.crewSize(), yard.resources.boothSpec.powerKw(),
                    ledger, redo, () -> inspectCoat(coat, closuresBefore != yard.weather.paintingClimate().closures()));
        });
    }

    /**
     * DFT and surface check of a coat, recorded passed ({@code inspection}, detail {@code coat n}) or failed
     * ({@code non-conformance}); a coat applied while the climate left spec fails far more often.
     */
    private void inspectCoat(int coat, boolean climateLeftSpec) {
        Quality q = yard.scenario.quality();
        double p = climateLeftSpec ? q.coatingDefectProbabilityOutOfSpec() : q.coatingDefectProbability();
        if (yard.sim.random().stream("inspection.coating").nextDouble() < p) {
            yard.truth.incident(block.id(), "non-conformance", yard.sim.now(), "coat " + coat + (climateLeftSpec ? " out of spec" : ""));
            coat(coat, true);
            return;
        }
        // A passed coat is an inspection too (its DFT within specification): without it DFT compliance reads 0.
        yard.truth.incident(block.id(), "inspection", yard.sim.now(), "coat " + coat);
        coat(coat + 1, false);
    }

    private Distribution shopHours(int index) {
        return switch (index) {
            case 0 -> stages.cuttingHours();
            case 1 -> stages.formingHours();
            case 2 -> stages.subAssemblyHours();
            case 3 -> stages.blockAssemblyHours();
            default -> stages.preOutfittingHours();
        };
    }

    private double hours(Stage stage, Distribution d) {
        return d.duration(yard.sim.random().stream("durations." + stage.name())) * weightFactor;
    }

    private WorkCentre spec(String stageKey) {
        return yard.resources.shopSpecs.get(stageKey);
    }
}
