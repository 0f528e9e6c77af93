package id.selaras.exchange;

import java.time.Instant;
import java.time.LocalDate;

/** The nomenclature as one regulation set it: when enacted, when imported here, how many codes. */
public record NomenclatureRelease(long id, NomenclatureRegulation regulation, String title, LocalDate enactedOn,
                                  int subKegiatanDigits, Instant importedAt, int entryCount) {
}
