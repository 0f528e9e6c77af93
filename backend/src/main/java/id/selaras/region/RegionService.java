package id.selaras.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.selaras.audit.Change;
import id.selaras.audit.EventLog;
import id.selaras.common.Checks;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.region.repository.OrganisationUnitRepository;
import id.selaras.region.repository.RegionRepository;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Regions and their OPDs: public to read, administered by admins (regions) and the region's planners (OPDs). */
@Service
public class RegionService {

    private final RegionRepository regions;
    private final OrganisationUnitRepository opds;
    private final AccessPolicy access;
    private final EventLog events;
    private final TransactionalOperator tx;

    RegionService(RegionRepository regions, OrganisationUnitRepository opds, AccessPolicy access, EventLog events,
                  TransactionalOperator tx) {
        this.regions = regions;
        this.opds = opds;
        this.access = access;
        this.events = events;
        this.tx = tx;
    }

    public Mono<Region> region(long id) {
        return regions.find(id);
    }

    public Mono<Region> regionByCode(String code) {
        return regions.findByCode(code);
    }

    public Mono<Map<Long, Region>> regions(Collection<Long> ids) {
        return regions.findAll(ids);
    }

    public Mono<Map<Long, List<Region>>> childrenOf(Collection<Long> ids) {
        return regions.childrenOf(ids);
    }

    public Mono<Connection<Region>> list(RegionLevel level, Long parentId, Page page) {
        return regions.list(level, parentId, page);
    }

    public Mono<OrganisationUnit> opd(long id) {
        return opds.find(id);
    }

    public Mono<Map<Long, OrganisationUnit>> opds(Collection<Long> ids) {
        return opds.findAll(ids);
    }

    public Mono<Map<Long, List<OrganisationUnit>>> opdsOfRegions(Collection<Long> regionIds) {
        return opds.ofRegions(regionIds);
    }

    public Mono<Connection<OrganisationUnit>> opdsOfRegion(long regionId, Page page) {
        return opds.ofRegion(regionId, page);
    }

    public Mono<Region> createRegion(Actor actor, String code, String name, RegionLevel level, Long parentId) {
        access.requireAdmin(actor);
        Checks checks = Checks.start();
        String c = checks.text(code, "input.code", 20);
        String n = checks.text(name, "input.name", 200);
        if (c != null && !level.validCode(c)) {
            checks.add(ErrorCode.INVALID_CODE, "input.code", c);
        }
        checks.check(parentId != null || level.parentLevels().isEmpty(), ErrorCode.REQUIRED, "input.parentId");
        checks.throwIfAny();
        Mono<Void> parentOk = parentId == null ? Mono.empty() : regions.find(parentId)
                .switchIfEmpty(Mono.error(SelarasException.notFound("Region", parentId)))
                .flatMap(parent -> level.parentLevels().contains(parent.level()) && c.startsWith(parent.code() + ".")
                        ? Mono.empty()
                        : Mono.error(SelarasException.of(ErrorCode.REGION_PARENT_LEVEL, "input.parentId")));
        return parentOk
                .then(regions.findByCode(c).flatMap(r -> Mono.<Region>error(
                        SelarasException.of(ErrorCode.DUPLICATE_CODE, "input.code", c))))
                .switchIfEmpty(regions.insert(c, n, level, parentId))
                .flatMap(r -> events.record(actor, Change.created("Region", r.id(), r.id(), null, r)).thenReturn(r))
                .as(tx::transactional);
    }

    public Mono<OrganisationUnit> createOpd(Actor actor, long regionId, String code, String name, String shortName) {
        Checks checks = Checks.start();
        String c = checks.text(code, "input.code", 40);
        String n = checks.text(name, "input.name", 300);
        String s = checks.optionalText(shortName, "input.shortName", 40);
        if (c != null && !OrganisationUnit.CODE.matcher(c).matches()) {
            checks.add(ErrorCode.INVALID_CODE, "input.code", c);
        }
        return regions.find(regionId)
                .switchIfEmpty(Mono.error(SelarasException.notFound("Region", regionId)))
                .flatMap(region -> {
                    access.requirePlanner(actor, region.code());
                    checks.throwIfAny();
                    return opds.findByCode(regionId, c)
                            .flatMap(o -> Mono.<OrganisationUnit>error(SelarasException.of(ErrorCode.DUPLICATE_CODE, "input.code", c)))
                            .switchIfEmpty(opds.insert(regionId, c, n, s))
                            .flatMap(o -> events.record(actor, Change.created("OrganisationUnit", o.id(), regionId, null, o))
                                    .thenReturn(o));
                })
                .as(tx::transactional);
    }

    public Mono<OrganisationUnit> updateOpd(Actor actor, long id, int version, String name, String shortName) {
        Checks checks = Checks.start();
        String n = checks.text(name, "input.name", 300);
        String s = checks.optionalText(shortName, "input.shortName", 40);
        return opds.find(id)
                .switchIfEmpty(Mono.error(SelarasException.notFound("OrganisationUnit", id)))
                .flatMap(before -> regions.find(before.regionId()).flatMap(region -> {
                    access.requirePlanner(actor, region.code());
                    checks.throwIfAny();
                    return opds.update(id, version, n, s)
                            .switchIfEmpty(Mono.error(SelarasException.conflict("OrganisationUnit")))
                            .flatMap(after -> events.record(actor,
                                    Change.updated("OrganisationUnit", id, region.id(), null, before, after)).thenReturn(after));
                }))
                .as(tx::transactional);
    }
}
