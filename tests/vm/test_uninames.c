/*
 * tests/vm/test_uninames.c - Unicode character names against CPython 3.11's '\N{...}'.
 *
 * The sampled names and their code points (or their rejection) were printed
 * by /usr/bin/python3 (3.11.2, Unicode 14.0.0), decoding b'\\N{NAME}' with
 * the 'unicode_escape' codec, which is the lookup a str literal's '\N{...}'
 * makes: a random sample of the table's names and aliases, the ends of each
 * CJK unified ideograph range and one past them, Hangul syllables, and
 * names with their letters' case mixed.
 *
 * Run with --lookup, the binary reads one name per line from stdin and
 * prints the code point in hex, or "-", instead of testing: that is the
 * jumpgate side of tests/uninames_diff.py, which checks every name CPython
 * knows (and many near misses) against CPython itself.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "uninames.h"

#define NONE 0xFFFFFFFFu /* CPython: "unknown Unicode character name" */
#define N_CASES(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    const char *name;
    uint32_t cp;
} name_case;

static void check(const char *name, uint32_t want)
{
    uint32_t cp = NONE;
    bool found = jg_uninames_lookup(name, strlen(name), &cp);
    if (found != (want != NONE) || (found && cp != want))
        fail_msg("'%s': got %s%X, want %X", name, found ? "" : "nothing, ", cp, want);
}

static void check_all(const name_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        check(cases[i].name, cases[i].cp);
}

static void test_sampled_names_give_cpythons_code_points(void **state)
{
    static const name_case cases[] = {
        {"CJK COMPATIBILITY IDEOGRAPH-2F9ED", 0x2F9ED},
        {"YI SYLLABLE VIT", 0xA0E2},
        {"INSCRIPTIONAL PARTHIAN LETTER YODH", 0x10B49},
        {"LAO LETTER FO SUNG", 0xE9F},
        {"KATAKANA LETTER MINNAN NASALIZED TONE-5", 0x1AFFB},
        {"LATIN SUBSCRIPT SMALL LETTER V", 0x1D65},
        {"BYZANTINE MUSICAL SYMBOL ETERON PARAKALESMA", 0x1D060},
        {"SYRIAC ZQAPHA ABOVE", 0x733},
        {"LINEAR B IDEOGRAM B106M RAM", 0x10087},
        {"TANGUT COMPONENT-442", 0x189B9},
        {"PAU CIN HAU LETTER O", 0x11AD8},
        {"PARAGRAPHOS", 0x2E0F},
        {"COMBINING BREVE BELOW", 0x32E},
        {"KHITAN SMALL SCRIPT CHARACTER-18C24", 0x18C24},
        {"HANGUL CHOSEONG RIEUL-MIEUM", 0xA968},
        {"MASARAM GONDI DIGIT FOUR", 0x11D54},
        {"MYANMAR LETTER AU", 0x102A},
        {"KHITAN SMALL SCRIPT CHARACTER-18B58", 0x18B58},
        {"MYANMAR TAI LAING DIGIT TWO", 0xA9F2},
        {"YI SYLLABLE HLIT", 0xA197},
        {"CYRILLIC CAPITAL LETTER BROAD OMEGA", 0xA64C},
        {"DISAPPOINTED FACE", 0x1F61E},
        {"LATIN CAPITAL LETTER IS", 0xA76C},
        {"DOMINO TILE VERTICAL-05-02", 0x1F088},
        {"ANATOLIAN HIEROGLYPH A293", 0x14549},
        {"BRAILLE PATTERN DOTS-4568", 0x28B8},
        {"COMBINING MACRON-GRAVE", 0x1DC6},
        {"MENDE KIKAKUI SYLLABLE M060 NYON", 0x1E8C4},
        {"ARABIC LIGATURE MEEM WITH JEEM WITH MEEM INITIAL FORM", 0xFD8D},
        {"CANADIAN SYLLABICS SHWOO", 0x151F},
        {"LATIN CAPITAL LETTER E WITH CIRCUMFLEX BELOW", 0x1E18},
        {"GEORGIAN SMALL LETTER QAR", 0x2D17},
        {"OLD NORTH ARABIAN LETTER QAF", 0x10A84},
        {"PSALTER PAHLAVI SECTION MARK", 0x10B99},
        {"SQUARE CM CUBED", 0x33A4},
        {"CHORASMIAN LETTER SMALL ALEPH", 0x10FB1},
        {"CJK COMPATIBILITY IDEOGRAPH-FA03", 0xFA03},
        {"NEGATIVE SQUARED LATIN CAPITAL LETTER V", 0x1F185},
        {"EGYPTIAN HIEROGLYPH P003", 0x1329E},
        {"CIRCLE WITH LEFT HALF BLACK", 0x25D0},
        {"UP-POINTING AIRPLANE", 0x1F6E7},
        {"YI SYLLABLE CUX", 0xA2C5},
        {"ETHIOPIC SYLLABLE NWA", 0x1297},
        {"LAO DIGIT FIVE", 0xED5},
        {"TAI THAM CONSONANT SIGN MEDIAL LA", 0x1A56},
        {"GUNJALA GONDI LETTER I", 0x11D62},
        {"TRIPLE VERTICAL BAR WITH HORIZONTAL STROKE", 0x2AF5},
        {"LATIN SMALL LETTER AV", 0xA739},
        {"VS142", 0xE017D},
        {"KANNADA LETTER TTA", 0xC9F},
        {"CJK COMPATIBILITY IDEOGRAPH-2F8CC", 0x2F8CC},
        {"COMBINING GRANTHA DIGIT TWO", 0x11368},
        {"CHAKMA LETTER VAA", 0x11147},
        {"LATIN CAPITAL LETTER U WITH TILDE", 0x168},
        {"LATIN SMALL LETTER A", 0x61},
        {"COMBINING ALMOST EQUAL TO BELOW", 0x1DFD},
        {"ARABIC LIGATURE NOON WITH ALEF MAKSURA FINAL FORM", 0xFC8E},
        {"DIVES AKURU LETTER O", 0x11909},
        {"RUNIC LETTER E", 0x16C2},
        {"CJK COMPATIBILITY IDEOGRAPH-FA9E", 0xFA9E},
        {"YI SYLLABLE SOT", 0xA317},
        {"CHEROKEE SMALL LETTER HU", 0xAB81},
        {"SIGNWRITING HAND-FLAT SPLIT LITTLE", 0x1D865},
        {"TIBETAN VOWEL SIGN O", 0xF7C},
        {"DUPLOYAN AFFIX MID VERTICAL SECANT", 0x1BC74},
        {"ORANGUTAN", 0x1F9A7},
        {"TAI VIET MAI KANG", 0xAAB0},
        {"MAGE", 0x1F9D9},
        {"TUGRIK SIGN", 0x20AE},
        {"TANGSA LETTER WA", 0x16AA6},
        {"SOYOMBO LETTER DDHA", 0x11A69},
        {"SHARADA SIGN JIHVAMULIYA", 0x111C2},
        {"CIRCLED BOLD X", 0x2BBF},
        {"KATAKANA LETTER SMALL KE", 0x30F6},
        {"TETRAGRAM FOR RESISTANCE", 0x1D31B},
        {"PARENTHESIZED HANGUL CIEUC U", 0x321C},
        {"HENTAIGANA LETTER NA-1", 0x1B07E},
        {"SYRIAC LETTER SOGDIAN FE", 0x74F},
        {"VAI SYLLABLE CE", 0xA5FF},
        {"BRAILLE PATTERN DOTS-1", 0x2801},
        {"CUNEIFORM SIGN SAG TIMES MI", 0x1229D},
        {"KHMER LETTER KA", 0x1780},
        {"SQUARE RIRA", 0x3352},
        {"ARABIC LETTER GAF FINAL FORM", 0xFB93},
        {"REJANG VOWEL SIGN AU", 0xA94C},
        {"SIGNWRITING HAND-FIST INDEX HINGED MIDDLE UP", 0x1D814},
        {"ARABIC LETTER LAM ISOLATED FORM", 0xFEDD},
        {"MODIFIER LETTER SMALL CAPITAL N", 0x1DB0},
        {"NEWSPAPER", 0x1F4F0},
        {"TANGUT COMPONENT-732", 0x18ADB},
        {"KHITAN SMALL SCRIPT CHARACTER-18C26", 0x18C26},
        {"MUSICAL SYMBOL GRACE NOTE NO SLASH", 0x1D195},
        {"LINEAR A SIGN AB050", 0x1062B},
        {"ZANABAZAR SQUARE LETTER A", 0x11A00},
        {"END WITH LEFTWARDS ARROW ABOVE", 0x1F51A},
        {"BAMUM LETTER PHASE-A MAEMBGBIEE", 0x1680B},
        {"TANGUT COMPONENT-615", 0x18A66},
        {"KATAKANA LETTER PI", 0x30D4},
        {"CIRCLED HANGUL IEUNG", 0x3267},
        {"ORIYA SIGN VISARGA", 0xB03},
        {"CIRCLED LATIN SMALL LETTER D", 0x24D3},
        {"ARABIC SIGN RAHMATULLAH ALAYHE", 0x612},
        {"ETHIOPIC SYLLABLE HE", 0x1205},
        {"MALAYALAM LETTER TTHA", 0xD20},
        {"ARABIC LIGATURE BEH WITH KHAH ISOLATED FORM", 0xFC07},
        {"ADLAM CAPITAL LETTER GBE", 0x1E91E},
        {"WHEEL OF DHARMA", 0x2638},
        {"LATIN SMALL LETTER E WITH BREVE", 0x115},
        {"YI SYLLABLE NGOT", 0xA267},
        {"MYANMAR LETTER GREAT SA", 0x103F},
        {"KANGXI RADICAL FIGHT", 0x2FBE},
        {"CJK COMPATIBILITY IDEOGRAPH-FA99", 0xFA99},
        {"ARABIC SMALL HIGH NOON", 0x6E8},
        {"CUNEIFORM SIGN URU TIMES PA", 0x12348},
        {"FISH CAKE WITH SWIRL DESIGN", 0x1F365},
        {"AEGEAN NUMBER FIVE", 0x1010B},
        {"HANUNOO LETTER GA", 0x1724},
        {"KAITHI SIGN NUKTA", 0x110BA},
        {"VS153", 0xE0188},
        {"KHITAN SMALL SCRIPT CHARACTER-18C68", 0x18C68},
        {"EGYPTIAN HIEROGLYPH S024", 0x132ED},
        {"JAVANESE LETTER NYA MURDA", 0xA998},
        {"GRANTHA VOWEL SIGN VOCALIC R", 0x11343},
        {"MATHEMATICAL SCRIPT SMALL N", 0x1D4C3},
        {"LEFT BLACK TORTOISE SHELL BRACKET", 0x2997},
        {"NKO LETTER NYA", 0x7E2},
        {"ARABIC LIGATURE YEH WITH HAMZA ABOVE WITH JEEM ISOLATED FORM", 0xFC00},
        {"DEVANAGARI LETTER LA", 0x932},
        {"WHITE PENNANT", 0x1F3F1},
        {"ETHIOPIC TONAL MARK HIDET", 0x1397},
        {"NEWA COMMA", 0x1144D},
        {"VAI SYLLABLE KE", 0xA603},
        {"OLD SOUTH ARABIAN LETTER DHADHE", 0x10A73},
        {"INCREASES AS", 0x29E1},
        {"ORIYA VOWEL SIGN VOCALIC L", 0xB62},
        {"MANICHAEAN PUNCTUATION TWO DOTS", 0x10AF5},
        {"UPWARDS HARPOON WITH BARB LEFT TO BAR", 0x2958},
        {"ARABIC LIGATURE YEH WITH HAMZA ABOVE WITH KHAH INITIAL FORM", 0xFC99},
        {"INTERLINEAR ANNOTATION ANCHOR", 0xFFF9},
        {"SIGNWRITING MOVEMENT-WALLPLANE WAVE DIAGONAL PATH LARGE", 0x1D9B6},
        {"TANGUT COMPONENT-593", 0x18A50},
        {"MEROITIC CURSIVE LETTER DA", 0x109B7},
        {"CHAKMA QUESTION MARK", 0x11143},
        {"KHITAN SMALL SCRIPT CHARACTER-18BF2", 0x18BF2},
        {"CJK COMPATIBILITY IDEOGRAPH-2F902", 0x2F902},
        {"CUNEIFORM SIGN AB", 0x1200A},
        {"FULLWIDTH LATIN CAPITAL LETTER I", 0xFF29},
        {"BENGALI LETTER SA", 0x9B8},
        {"CUNEIFORM SIGN LU2 TIMES NU", 0x1220D},
        {"GREEK INSTRUMENTAL NOTATION SYMBOL-1", 0x1D21D},
        {"KHAROSHTHI PUNCTUATION CIRCLE", 0x10A52},
        {"UPPER LEFT BLOCK DIAGONAL LOWER MIDDLE LEFT TO UPPER MIDDLE RIGHT", 0x1FB5C},
        {"SYLOTI NAGRI LETTER NO", 0xA818},
        {"COPTIC EPACT DIGIT TWO", 0x102E2},
        {"OLD HUNGARIAN SMALL LETTER EL", 0x10CD6},
        {"BAMUM LETTER PHASE-F NU", 0x16A19},
        {"CJK COMPATIBILITY IDEOGRAPH-2F9CE", 0x2F9CE},
        {"KATAKANA LETTER TE", 0x30C6},
        {"NKO LETTER JONA CHA", 0x7E9},
        {"SIGNWRITING HAND-FLAT FOUR FINGERS CONJOINED", 0x1D847},
        {"SHAVIAN LETTER WOE", 0x10462},
        {"CUNEIFORM NUMERIC SIGN ONE ESHE3", 0x12458},
        {"SUBSET OF ABOVE TILDE OPERATOR", 0x2AC7},
        {"HANGUL CHOSEONG HIEUH", 0x1112},
        {"CHAM DIGIT TWO", 0xAA52},
        {"CUNEIFORM SIGN UZ3 TIMES KASKAL", 0x1235B},
        {"EGYPTIAN HIEROGLYPH AA022", 0x13424},
        {"CUNEIFORM SIGN ZA TENU", 0x1235E},
        {"ARABIC LETTER ALEF MAKSURA ISOLATED FORM", 0xFEEF},
        {"HANDBALL", 0x1F93E},
        {"MULTANI LETTER JA", 0x1128C},
        {"BAMUM LETTER PHASE-D KEUAETMEUN", 0x168FF},
        {"RIBBON", 0x1F380},
        {"TANGUT COMPONENT-558", 0x18A2D},
        {"KHITAN SMALL SCRIPT CHARACTER-18CCB", 0x18CCB},
        {"TANGUT COMPONENT-654", 0x18A8D},
        {"MATHEMATICAL DOUBLE-STRUCK SMALL W", 0x1D568},
        {"CANADIAN SYLLABICS CARRIER HWE", 0x15D8},
        {"NEW TAI LUE LETTER HIGH HA", 0x19A0},
        {"BOPOMOFO LETTER UNN", 0x31AB},
        {"CIRCLED KATAKANA I", 0x32D1},
        {"BRAILLE PATTERN DOTS-234678", 0x28EE},
        {"SIGNWRITING LOCATION LIMBS DIGITS", 0x1DA86},
        {"CJK RADICAL C-SIMPLIFIED TURTLE", 0x2EF3},
        {"BAMUM LETTER SI", 0xA6B7},
        {"EGYPTIAN HIEROGLYPH A031", 0x13023},
        {"BRAILLE PATTERN DOTS-147", 0x2849},
        {"AC CURRENT", 0x23E6},
        {"LINEAR B SYLLABLE B032 QO", 0x10026},
        {"BAMUM LETTER PHASE-C KEUM", 0x168E2},
        {"CUNEIFORM SIGN GIR3 TIMES GAN2 TENU", 0x1210C},
        {"OL CHIKI LETTER OV", 0x1C76},
        {"CYRILLIC CAPITAL LETTER DJE", 0x402},
        {"ALCHEMICAL SYMBOL FOR SALT OF COPPER ANTIMONIATE", 0x1F726},
        {"SYRIAC SUPRALINEAR COLON SKEWED LEFT", 0x708},
        {"TANGUT COMPONENT-579", 0x18A42},
        {"VARIATION SELECTOR-223", 0xE01CE},
        {"YI SYLLABLE YUOX", 0xA47A},
        {"ARABIC LETTER HEH MEDIAL FORM", 0xFEEC},
        {"LIGHT GREEK CROSS", 0x1F7A2},
        {"HANGUL SYLLABLE NELH", 0xB133},
        {"HANGUL SYLLABLE BOEC", 0xBD5F},
        {"HANGUL SYLLABLE MYINH", 0xBBE2},
        {"HANGUL SYLLABLE BYUP", 0xBE0A},
        {"HANGUL SYLLABLE HILH", 0xD797},
        {"HANGUL SYLLABLE TOENJ", 0xD1F9},
        {"HANGUL SYLLABLE PIT", 0xD555},
        {"HANGUL SYLLABLE CYAEL", 0xCC84},
        {"HANGUL SYLLABLE GALG", 0xAC09},
        {"HANGUL SYLLABLE KEK", 0xCF18},
        {"HANGUL SYLLABLE MOENG", 0xBB11},
        {"HANGUL SYLLABLE GEOLP", 0xAC7E},
        {"HANGUL SYLLABLE SIBS", 0xC2EE},
        {"HANGUL SYLLABLE DYAL", 0xB324},
        {"HANGUL SYLLABLE DWANH", 0xB3E6},
        {"HANGUL SYLLABLE AESS", 0xC574},
        {"HANGUL SYLLABLE SSUC", 0xC47B},
        {"HANGUL SYLLABLE JOB", 0xC881},
        {"HANGUL SYLLABLE BBYAEBS", 0xBEC6},
        {"HANGUL SYLLABLE SUL", 0xC220},
        {"HANGUL SYLLABLE SYEOGS", 0xC157},
        {"HANGUL SYLLABLE GYUGS", 0xADDF},
        {"HANGUL SYLLABLE BABS", 0xBC26},
        {"HANGUL SYLLABLE DYUGG", 0xB4C2},
        {"HANGUL SYLLABLE BEU", 0xBE0C},
        {"HANGUL SYLLABLE KWILP", 0xD042},
        {"HANGUL SYLLABLE BBUT", 0xBFE5},
        {"HANGUL SYLLABLE MALH", 0xB9D7},
        {"HANGUL SYLLABLE CYOLB", 0xCD83},
        {"HANGUL SYLLABLE TEC", 0xD163},
        {"CJK UNIFIED IDEOGRAPH-3400", 0x3400},
        {"CJK UNIFIED IDEOGRAPH-4DBF", 0x4DBF},
        {"CJK UNIFIED IDEOGRAPH-4DC0", NONE},
        {"CJK UNIFIED IDEOGRAPH-4E00", 0x4E00},
        {"CJK UNIFIED IDEOGRAPH-9FFF", 0x9FFF},
        {"CJK UNIFIED IDEOGRAPH-A000", NONE},
        {"CJK UNIFIED IDEOGRAPH-20000", 0x20000},
        {"CJK UNIFIED IDEOGRAPH-2A6DF", 0x2A6DF},
        {"CJK UNIFIED IDEOGRAPH-2A6E0", NONE},
        {"CJK UNIFIED IDEOGRAPH-2A700", 0x2A700},
        {"CJK UNIFIED IDEOGRAPH-2B738", 0x2B738},
        {"CJK UNIFIED IDEOGRAPH-2B739", NONE},
        {"CJK UNIFIED IDEOGRAPH-2B740", 0x2B740},
        {"CJK UNIFIED IDEOGRAPH-2B81D", 0x2B81D},
        {"CJK UNIFIED IDEOGRAPH-2B81E", NONE},
        {"CJK UNIFIED IDEOGRAPH-2B820", 0x2B820},
        {"CJK UNIFIED IDEOGRAPH-2CEA1", 0x2CEA1},
        {"CJK UNIFIED IDEOGRAPH-2CEA2", NONE},
        {"CJK UNIFIED IDEOGRAPH-2CEB0", 0x2CEB0},
        {"CJK UNIFIED IDEOGRAPH-2EBE0", 0x2EBE0},
        {"CJK UNIFIED IDEOGRAPH-2EBE1", NONE},
        {"CJK UNIFIED IDEOGRAPH-30000", 0x30000},
        {"CJK UNIFIED IDEOGRAPH-3134A", 0x3134A},
        {"CJK UNIFIED IDEOGRAPH-3134B", NONE},
        {"hANgUL SylLABle dYaL", NONE},
        {"cjK uNiFiED IDeOgRaPh-3400", NONE},
        {"cunEifORm Sign urU TimEs pA", 0x12348},
        {"ByZAnTiNE MuSICaL SyMbol eTErOn pARAkalesma", 0x1D060},
        {"CJK unIfiED IDeOGRaph-3134a", NONE},
        {"cuneIFoRM SiGN Uz3 timEs KASKAL", 0x1235B},
        {"khItAn smALl sCriPt chArACTEr-18B58", 0x18B58},
        {"ArAbic smALL hIgh NOOn", 0x6E8},
        {"moDifIeR lEtteR SMALl cApitAl n", 0x1DB0},
        {"beNGAli LEtTER Sa", 0x9B8},
        {"cirCleD hANgUl IEUng", 0x3267},
        {"haNGUL syllABlE BYUP", NONE},
        {"COPTIc EPaCt DiGiT two", 0x102E2},
        {"Yi sYlLABle nGoT", 0xA267},
        {"DupLoyAN afFiX miD VerticaL SEcAnT", 0x1BC74},
        {"kHiTaN SmalL sCript ChARACtEr-18CCb", 0x18CCB},
        {"taNGUt coMponent-579", 0x18A42},
        {"laTIn sMalL LEtTeR e WItH BREve", 0x115},
        {"combiNing gRANtHA DiGIt TWo", 0x11368},
        {"HaNGUl syllAbLE NElH", NONE},
        {"syrIac zQaphA ABovE", 0x733},
        {"taNGuT CoMponENt-615", 0x18A66},
        {"Hangul sYLLabLe syeOgs", NONE},
        {"CjK radIcAl C-SIMPlIfIEd TUrTLE", 0x2EF3},
        {"javAnESE LetTeR NYa murDA", 0xA998},
        {"sIGnWRIting HAnD-flaT sPLit LITTlE", 0x1D865},
        {"oRiYa SIGN VisArgA", 0xB03},
        {"HaNgUL sYlLABle galg", NONE},
        {"INcreAsEs as", 0x29E1},
        {"lAtIN capItaL lEtTeR e WITH circUmfLEx bELoW", 0x1E18},
        {"SYriAC supRalINEAR COLoN SkEWed LEfT", 0x708},
        {"aRABic ligatURe NOON wITh ALEf MAKsuRA FiNAl form", 0xFC8E},
        {"HAnguL SYlLabLe GEoLP", NONE},
        {"yI sylLable SOT", 0xA317},
        {"KAnnADa LETteR TTA", 0xC9F},
        {"oranGuTan", 0x1F9A7},
        {"HaNGUl SYlLaBlE JOB", NONE},
        {"YI SylLAble hLit", 0xA197},
        {"tibEtan VoWel SIgn O", 0xF7C},
        {"HangUl SYlLabLe MyiNH", NONE},
    };
    check_all(cases, N_CASES(cases));
}

static void test_aliases_are_names_and_named_sequences_are_not(void **state)
{
    static const name_case cases[] = {
        {"LATIN CAPITAL LETTER GHA", 0x1A2},    /* correction */
        {"BYTE ORDER MARK", 0xFEFF},            /* alternate */
        {"BOM", 0xFEFF},                        /* abbreviation */
        {"NUL", 0x0},                           /* control: U+0000 has no name */
        {"NULL", 0x0},
        {"LINE FEED", 0xA},
        {"LF", 0xA},
        {"DELETE", 0x7F},
        {"ZWJ", 0x200D},
        {"VS256", 0xE01EF},
        {"HANGUL JUNGSEONG O-E", 0x1180},       /* two names, one with a hyphen */
        {"HANGUL JUNGSEONG OE", 0x116C},
        {"TIBETAN MARK BKA- SHOG GI MGO RGYAN", 0xFD0},
        {"TIBETAN LETTER -A", 0xF60},
        {"LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", NONE}, /* named sequences */
        {"KEYCAP NUMBER SIGN", NONE},
        {"KEYCAP DIGIT ZERO", NONE},
    };
    check_all(cases, N_CASES(cases));
}

static void test_case_is_ignored_except_in_computed_names(void **state)
{
    static const name_case cases[] = {
        {"latin small letter a", 0x61},
        {"Latin Small Letter A", 0x61},
        {"greek small letter alpha", 0x3B1},
        {"latin capital letter gha", 0x1A2},
        {"byte order mark", 0xFEFF},
        {"nushu character-1b170", 0x1B170}, /* a table name, though it looks computed */
        {"cjk compatibility ideograph-f900", 0xF900},
        {"CJK UNIFIED IDEOGRAPH-4E00", 0x4E00},
        {"CJK UNIFIED IDEOGRAPH-04E00", 0x4E00}, /* five digits */
        {"CJK UNIFIED IDEOGRAPH-3134A", 0x3134A},
        {"CJK UNIFIED IDEOGRAPH-4e00", NONE},
        {"cjk unified ideograph-4E00", NONE},
        {"CJK UNIFIED IDEOGRAPH-4E0", NONE},
        {"CJK UNIFIED IDEOGRAPH-004E00", NONE},
        {"CJK UNIFIED IDEOGRAPH-", NONE},
        {"HANGUL SYLLABLE GA", 0xAC00},
        {"HANGUL SYLLABLE GAG", 0xAC01},
        {"HANGUL SYLLABLE A", 0xC544},     /* the empty leading consonant */
        {"HANGUL SYLLABLE YEOLB", 0xC5F7},
        {"HANGUL SYLLABLE HIH", 0xD7A3},
        {"HANGUL SYLLABLE gag", NONE},
        {"hangul syllable GAG", NONE},
        {"HANGUL SYLLABLE ", NONE},
        {"HANGUL SYLLABLE  GA", NONE},
        {"HANGUL SYLLABLE GAGX", NONE},
        {"TANGUT IDEOGRAPH-17000", NONE}, /* CPython 3.11 does not name these */
    };
    check_all(cases, N_CASES(cases));
}

static void test_near_misses_are_unknown(void **state)
{
    static const name_case cases[] = {
        {"", NONE},
        {"A", NONE},
        {"LATIN SMALL LETTER", NONE},
        {"LATIN SMALL LETTER A ", NONE},
        {" LATIN SMALL LETTER A", NONE},
        {"LATIN  SMALL LETTER A", NONE},
        {"LATIN_SMALL_LETTER_A", NONE},
        {"LATIN SMALL LETTER \xc3\xa9", NONE},
        {"NOT A NAME", NONE},
        {"ZZZZ", NONE},
        {"AAAA", NONE},
    };
    check_all(cases, N_CASES(cases));
    uint32_t cp;
    /* Only 'len' bytes count: no NUL terminator needed, none looked for. */
    assert_true(jg_uninames_lookup("LATIN SMALL LETTER AB", 20, &cp));
    assert_int_equal(cp, 0x61);
    assert_false(jg_uninames_lookup("LATIN SMALL LETTER A\0", 21, &cp));
    char long_name[600];
    memset(long_name, 'A', sizeof long_name);
    assert_false(jg_uninames_lookup(long_name, sizeof long_name, &cp));
}

/* The --lookup filter for tests/uninames_diff.py. */
static int lookup_lines(void)
{
    static char line[1 << 16];
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n')
            line[--n] = '\0';
        uint32_t cp;
        if (jg_uninames_lookup(line, n, &cp))
            printf("%X\n", (unsigned)cp);
        else
            puts("-");
    }
    return fflush(stdout) == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--lookup") == 0)
        return lookup_lines();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sampled_names_give_cpythons_code_points),
        cmocka_unit_test(test_aliases_are_names_and_named_sequences_are_not),
        cmocka_unit_test(test_case_is_ignored_except_in_computed_names),
        cmocka_unit_test(test_near_misses_are_unknown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
