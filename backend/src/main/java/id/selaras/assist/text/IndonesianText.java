package id.selaras.assist.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Informal Indonesian as citizens write it, made comparable with the plan's formal wording: lower case, accents and
 * punctuation dropped, letters repeated for emphasis collapsed ("bangeeet"), chat abbreviations and slang spelled out
 * ("jln" → "jalan", "gak" → "tidak", "sy" → "saya"), then Lucene's {@link IndonesianAnalyzer} (stop words and the
 * Tala stemmer: "perbaikan" → "baik"). Every rewrite is a fixed, documented table entry (docs/assist.md), so an
 * explanation can always say which word matched.
 */
public final class IndonesianText {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern REDUPLICATION = Pattern.compile("\\b(\\p{L}+)2\\b");
    private static final Analyzer ANALYZER = new IndonesianAnalyzer();

    /** Chat spelling, abbreviations and common typos → the standard word(s). */
    static final Map<String, String> SLANG = table("""
            jln=jalan jl=jalan jalanan=jalan jlan=jalan
            gak=tidak ga=tidak gk=tidak nggak=tidak ngga=tidak enggak=tidak tdk=tidak tak=tidak ndak=tidak gag=tidak
            sy=saya sya=saya aku=saya aq=saya gw=saya gue=saya
            yg=yang dgn=dengan dg=dengan krn=karena karna=karena utk=untuk untk=untuk buat=untuk dr=dari dri=dari
            tlg=tolong tolong=tolong mhn=mohon mohon=mohon sdh=sudah udh=sudah udah=sudah dah=sudah blm=belum blum=belum
            bgt=sangat banget=sangat bngt=sangat bnyk=banyak byk=banyak sm=sama sma=sama tp=tapi tpi=tapi jg=juga jga=juga
            bs=bisa bsa=bisa gmn=bagaimana gimana=bagaimana knp=kenapa kpn=kapan skrg=sekarang skrang=sekarang
            org=orang orng=orang pd=pada dlm=dalam dl=dulu lg=lagi lgi=lagi msh=masih masi=masih kalo=kalau klo=kalau
            kl=kalau emg=memang emang=memang aja=saja aj=saja doang=saja pake=pakai pk=pakai bikin=membuat
            ortu=orang_tua bpk=bapak pak=bapak ibu=ibu bu=ibu kel=kelurahan kelurhan=kelurahan kec=kecamatan
            rt=rt rw=rw sklh=sekolah sekolahan=sekolah sekola=sekolah skolah=sekolah
            puskes=puskesmas pkm=puskesmas puskemas=puskesmas rs=rumah_sakit rsu=rumah_sakit rsud=rumah_sakit
            kmrn=kemarin tiap=setiap tiap2=setiap mulu=terus trs=terus terus=terus ancur=hancur ancurr=hancur
            rusak2=rusak bolong=lubang bolong2=lubang lobang=lubang berlobang=berlubang
            pemkot=pemerintah_kota pemda=pemerintah_daerah dinas=dinas warga=warga anak2=anak
            sampahnya=sampah smph=sampah lampu2=lampu gorong=gorong selokan=selokan
            kerjaan=pekerjaan krja=kerja kerjaan2=pekerjaan nganggur=menganggur pengangguran=pengangguran
            duit=uang dana=dana mahal2=mahal murah2=murah cabe=cabai cabe2=cabai
            hp=telepon wa=whatsapp wifi=internet inet=internet sinyal=internet
            perpus=perpustakaan perpustkaan=perpustakaan pustaka=pustaka
            """);

    /**
     * Citizens' words → the plan's words for the same thing (added to a query, never to the plan's text): "banjir"
     * means the plan's "genangan" and "drainase". A match through a synonym is shown as "banjir→genangan".
     */
    static final Map<String, String> THESAURUS = table("""
            banjir=genangan,drainase,tergenang,saluran genang=genangan,drainase mampet=drainase,normalisasi,saluran
            got=drainase,saluran selokan=drainase,saluran gorong=drainase,saluran parit=drainase,saluran
            berlubang=rehabilitasi,jalan,pemeliharaan lubang=rehabilitasi,jalan,pemeliharaan aspal=jalan,rehabilitasi,pemeliharaan
            trotoar=jalan,perlengkapan jembatan=jembatan
            macet=lalu,lintas,simpang,kapasitas kemacetan=lalu,lintas,simpang,kapasitas bangjo=simpang,atcs,lalu,lintas
            rambu=rambu,perlengkapan,lalu,lintas marka=perlengkapan,jalan,rambu zebra=perlengkapan,jalan,rambu
            angkot=angkutan,lalu,lintas bus=angkutan uji=uji,kendaraan kir=uji,berkala,kendaraan
            sampah=sampah,persampahan tps=sampah,persampahan,angkut tpa=sampah,persampahan pengangkutan=angkut,sampah
            bau=sampah,limbah
            pdam=air,minum,perpipaan,sambungan ledeng=air,minum,perpipaan bersih=air,minum kran=air,minum,sambungan
            wc=sanitasi,tangki,septik,limbah jamban=sanitasi,tangki,septik,limbah septictank=tangki,septik,limbah
            septik=tangki,septik,limbah tinja=lumpur,tinja,limbah sedot=penyedotan,lumpur,tinja mck=sanitasi,limbah
            kumuh=kumuh,permukiman reyot=rumah,tidak,layak,huni,rehabilitasi rtlh=rumah,tidak,layak,huni bedah=rumah,tidak,layak,huni
            perumahan=perumahan,psu,pengembang developer=pengembang,psu,perumahan
            bpjs=jaminan,kesehatan,iuran,pbi kis=jaminan,kesehatan,pbi jkn=jaminan,kesehatan
            bansos=bantuan,sosial pkh=bantuan,sosial,keluarga blt=bantuan,sosial sembako=bantuan,sosial,pokok
            dtks=data,fakir,miskin,verifikasi miskin=miskin,fakir,kemiskinan
            lansia=lanjut,usia,terlantar jompo=lanjut,usia,terlantar manula=lanjut,usia
            difabel=disabilitas,alat,bantu cacat=disabilitas kursi=alat,bantu,disabilitas tongkat=alat,bantu,disabilitas
            stunting=stunting,gizi,balita,pmt gizi=gizi,pmt,balita kurus=gizi,balita balita=balita,bayi
            bumil=ibu,hamil hamil=hamil,ibu melahirkan=persalinan,bayi,lahir bidan=persalinan,ibu,hamil
            dokter=tenaga,kesehatan nakes=tenaga,kesehatan perawat=tenaga,kesehatan
            posyandu=posyandu,ukbm kader=posyandu,ukbm vaksin=kesehatan,bayi imunisasi=bayi,kesehatan
            rokok=hidup,bersih,sehat,promosi sehat=sehat,kesehatan jantung=promosi,kesehatan,germas senam=germas,hidup,sehat
            kamar=rawat,tempat,tidur,bor ranap=rawat,bor rawat=rawat,pasien antri=pelayanan,pasien antre=pelayanan,pasien
            kb=kb,keluarga,berencana,kontrasepsi spiral=kontrasepsi,mkjp,kb implan=kontrasepsi,mkjp,kb susuk=kontrasepsi,mkjp,kb
            nikah=keluarga anak=anak bermain=anak,layak
            perempuan=perempuan,gender wanita=perempuan,gender
            loker=lowongan,kerja,bursa,pasar lowongan=lowongan,kerja,bursa menganggur=pencari,kerja,pengangguran
            pengangguran=pencari,kerja,pengangguran kursus=pelatihan,keterampilan,kompetensi pelatihan=pelatihan,keterampilan,kompetensi
            kerja=kerja kerjaan=kerja pekerjaan=kerja,lowongan sertifikat=sertifikat,kompetensi
            umkm=usaha,mikro,umkm ukm=usaha,mikro,umkm warung=usaha,mikro usaha=usaha,mikro modal=pembiayaan,kemitraan,usaha
            pinjaman=pembiayaan,kemitraan kredit=pembiayaan,kemitraan omzet=usaha,mikro jualan=usaha,mikro
            pasar=pasar,rakyat becek=pasar,rakyat,revitalisasi los=pasar,rakyat kios=pasar,rakyat
            harga=harga,pokok,stabilisasi mahal=harga,pokok,operasi,pasar cabai=harga,pokok,pasar minyak=harga,pokok
            beras=pangan,beras,cadangan pangan=pangan kelaparan=rawan,pangan,gizi lapar=rawan,pangan
            pekarangan=pekarangan,kwt,pangan tani=tani,pangan sayur=pekarangan,pangan
            ktp=ktp,el,penduduk,pendaftaran ektp=ktp,el,penduduk blangko=ktp,el,cetak kk=pendaftaran,penduduk,dokumen
            akta=akta,kelahiran,sipil,catat lahir=kelahiran,akta kematian=akta,catat,sipil dukcapil=penduduk,sipil
            internet=jaringan,aplikasi,elektronik online=elektronik,aplikasi aplikasi=aplikasi,elektronik
            lapor=pengaduan,tindak,lanjut aduan=pengaduan,tindak,lanjut keluhan=pengaduan komplain=pengaduan
            informasi=informasi,publik
            izin=perizinan,izin,terpadu perizinan=perizinan,izin nib=izin,usaha,perizinan imb=izin,perizinan pbg=izin,perizinan
            investor=investasi,penanaman,modal,promosi investasi=investasi,penanaman,modal
            wisata=wisata,pariwisata,destinasi wisatawan=wisatawan,pariwisata turis=wisatawan,pariwisata
            promosi=promosi,pemasaran festival=event,promosi,budaya event=event
            kreatif=ekonomi,kreatif konten=ekonomi,kreatif
            seni=seni,kesenian,tradisional kesenian=kesenian,tradisional gamelan=kesenian,tradisional jathilan=kesenian,tradisional
            tari=kesenian,tradisional sanggar=kesenian,tradisional,pelaku
            candi=cagar,budaya kuno=cagar,budaya bersejarah=cagar,budaya heritage=cagar,budaya kolonial=cagar,budaya
            atlet=atlet,olahraga,prestasi olahraga=olahraga,kejuaraan,prestasi lomba=lomba,kejuaraan turnamen=kejuaraan,olahraga
            sepakbola=olahraga,kejuaraan bola=olahraga,kejuaraan
            buku=buku,pustaka,perpustakaan,koleksi baca=baca,literasi,perpustakaan membaca=baca,literasi
            guru=guru,pendidik,tenaga,kependidikan honorer=guru,pendidik
            kelas=ruang,kelas,rehabilitasi atap=rehabilitasi,ruang bocor=rehabilitasi,ruang
            seragam=biaya,personal,peserta,didik spp=biaya,personal,peserta,didik beasiswa=biaya,personal,bantuan,peserta
            putus=putus,sekolah paud=paud,usia,dini tk=paud,usia,dini
            kebakaran=kebakaran,pemadam damkar=kebakaran,pemadam hidran=kebakaran,pemadam
            bencana=bencana,rawan gempa=bencana,rawan longsor=bencana,rawan angin=bencana evakuasi=bencana,kesiapsiagaan
            pkl=penertiban,pelanggaran,perda kaki=penertiban,perda parkir=penertiban,perda,lalu,lintas liar=penertiban,pelanggaran,perda
            preman=ketenteraman,ketertiban,patroli maling=ketenteraman,ketertiban,patroli ronda=ketenteraman,ketertiban,patroli
            copet=ketenteraman,ketertiban,patroli mabuk=ketenteraman,ketertiban,patroli balap=ketertiban,patroli
            tawuran=konflik,sosial,kewaspadaan konflik=konflik,sosial radikal=kewaspadaan,konflik
            masjid=ibadah,keagamaan,lembaga gereja=ibadah,keagamaan,lembaga ibadah=ibadah,keagamaan pengajian=bina,mental,spiritual
            agama=umat,beragama,kerukunan toleransi=kerukunan,umat,beragama
            taman=taman,ruang,terbuka,hijau pohon=ruang,terbuka,hijau rth=ruang,terbuka,hijau hijau=hijau,ruang,terbuka
            kebun=kebun,raya
            pajak=pajak,daerah pbb=pajak,daerah retribusi=pendapatan,pajak
            korupsi=pengawasan,pemeriksaan,inspektorat pungli=pengawasan,pemeriksaan audit=pemeriksaan,reviu
            apbd=anggaran,apbd,keuangan anggaran=anggaran,apbd,keuangan
            pns=asn,aparatur asn=asn,aparatur pegawai=asn,pegawai malas=disiplin,asn disiplin=disiplin,asn
            musrenbang=musrenbang,perencanaan usulan=musrenbang,perencanaan
            arsip=arsip
            tata=ruang,tata rtrw=ruang,tata rdtr=rdtr,ruang,tata bangunan=bangunan
            """);

    /** The thesaurus keyed by stem as well ("kebanjiran", "sampahnya"); the first entry of a stem wins. */
    private static final Map<String, String> THESAURUS_BY_STEM = byStem(THESAURUS);

    private IndonesianText() {
    }

    /** Lower case, without accents, punctuation, emphasis or chat spelling; words separated by single spaces. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = REDUPLICATION.matcher(s).replaceAll("$1");   // "anak2" → "anak" (reduplication)
        s = NON_WORD.matcher(s).replaceAll(" ");
        s = REPEATS.matcher(s).replaceAll("$1");
        StringBuilder out = new StringBuilder(s.length());
        for (String w : s.strip().split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            String standard = SLANG.getOrDefault(w, w);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(standard);
        }
        return out.toString();
    }

    /** A word as written and its stem; {@code via} the citizen's word a thesaurus entry expanded (else null). */
    public record Token(String word, String stem, String via) {
    }

    /** The normalised words with their stems (stop words dropped). */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (String w : normalise(text).split(" ")) {
            String stem = stem(w);
            if (stem != null) {
                tokens.add(new Token(w, stem, null));
            }
        }
        return tokens;
    }

    /** {@link #tokens} plus the plan's words for each citizen word in the thesaurus. */
    public static List<Token> expandedTokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (String w : normalise(text).split(" ")) {
            String stem = stem(w);
            if (stem != null) {
                tokens.add(new Token(w, stem, null));
            }
            String synonyms = THESAURUS.get(w);
            if (synonyms == null && stem != null) {
                synonyms = THESAURUS_BY_STEM.get(stem);
            }
            if (synonyms != null) {
                for (String s : synonyms.split(",")) {
                    String st = stem(s);
                    if (st != null && (stem == null || !st.equals(stem))) {
                        tokens.add(new Token(s, st, w));
                    }
                }
            }
        }
        return tokens;
    }

    /** The stems of a text, as the search index stores them. */
    public static List<String> stems(String text) {
        return analyse(normalise(text));
    }

    public static Analyzer analyzer() {
        return ANALYZER;
    }

    private static String stem(String word) {
        List<String> s = analyse(word);
        return s.isEmpty() ? null : s.get(0);
    }

    private static List<String> analyse(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, String> byStem(Map<String, String> table) {
        Map<String, String> map = new LinkedHashMap<>();
        table.keySet().stream().sorted().forEach(k -> {
            String st = stem(k);
            if (st != null) {
                map.putIfAbsent(st, table.get(k));
            }
        });
        return Map.copyOf(map);
    }

    private static Map<String, String> table(String entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries.strip().split("\\s+")) {
            int eq = entry.indexOf('=');
            map.put(entry.substring(0, eq), entry.substring(eq + 1).replace('_', ' '));
        }
        return Map.copyOf(map);
    }
}
