package id.selaras.analytics.check;

import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;

/** One rule of the checklist: reads a snapshot of a version and reports its findings, in the snapshot's tree order. */
interface Check {

    List<Finding> apply(PlanSnapshot plan);
}
