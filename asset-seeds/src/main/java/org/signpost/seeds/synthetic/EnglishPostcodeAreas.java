package org.signpost.seeds.synthetic;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The postcode areas of England with a post town and region for each (approximate: areas that straddle a
 * border are kept when most of their districts are English, and the Welsh districts of CH and SY are left out).
 */
final class EnglishPostcodeAreas {

    record Area(String postTown, String region) {
    }

    private static final String NE = "North East";
    private static final String NW = "North West";
    private static final String YH = "Yorkshire and the Humber";
    private static final String EM = "East Midlands";
    private static final String WM = "West Midlands";
    private static final String EE = "East of England";
    private static final String LDN = "London";
    private static final String SE = "South East";
    private static final String SW = "South West";

    private static final Set<String> WELSH_DISTRICTS = Set.of("CH5", "CH6", "CH7", "CH8", "SY15", "SY16", "SY17",
            "SY18", "SY19", "SY20", "SY21", "SY22", "SY23", "SY24", "SY25");

    private static final Map<String, Area> AREAS = new HashMap<>();

    static {
        Object[][] table = {
            {"AL", "St Albans", EE}, {"B", "Birmingham", WM}, {"BA", "Bath", SW}, {"BB", "Blackburn", NW},
            {"BD", "Bradford", YH}, {"BH", "Bournemouth", SW}, {"BL", "Bolton", NW}, {"BN", "Brighton", SE},
            {"BR", "Bromley", LDN}, {"BS", "Bristol", SW}, {"CA", "Carlisle", NW}, {"CB", "Cambridge", EE},
            {"CH", "Chester", NW}, {"CM", "Chelmsford", EE}, {"CO", "Colchester", EE}, {"CR", "Croydon", LDN},
            {"CT", "Canterbury", SE}, {"CV", "Coventry", WM}, {"CW", "Crewe", NW}, {"DA", "Dartford", SE},
            {"DE", "Derby", EM}, {"DH", "Durham", NE}, {"DL", "Darlington", NE}, {"DN", "Doncaster", YH},
            {"DT", "Dorchester", SW}, {"DY", "Dudley", WM}, {"E", "London", LDN}, {"EC", "London", LDN},
            {"EN", "Enfield", LDN}, {"EX", "Exeter", SW}, {"FY", "Blackpool", NW}, {"GL", "Gloucester", SW},
            {"GU", "Guildford", SE}, {"HA", "Harrow", LDN}, {"HD", "Huddersfield", YH}, {"HG", "Harrogate", YH},
            {"HP", "Hemel Hempstead", EE}, {"HR", "Hereford", WM}, {"HU", "Hull", YH}, {"HX", "Halifax", YH},
            {"IG", "Ilford", LDN}, {"IP", "Ipswich", EE}, {"KT", "Kingston upon Thames", LDN}, {"L", "Liverpool", NW},
            {"LA", "Lancaster", NW}, {"LE", "Leicester", EM}, {"LN", "Lincoln", EM}, {"LS", "Leeds", YH},
            {"LU", "Luton", EE}, {"M", "Manchester", NW}, {"ME", "Rochester", SE}, {"MK", "Milton Keynes", SE},
            {"N", "London", LDN}, {"NE", "Newcastle upon Tyne", NE}, {"NG", "Nottingham", EM},
            {"NN", "Northampton", EM}, {"NR", "Norwich", EE}, {"NW", "London", LDN}, {"OL", "Oldham", NW},
            {"OX", "Oxford", SE}, {"PE", "Peterborough", EE}, {"PL", "Plymouth", SW}, {"PO", "Portsmouth", SE},
            {"PR", "Preston", NW}, {"RG", "Reading", SE}, {"RH", "Redhill", SE}, {"RM", "Romford", LDN},
            {"S", "Sheffield", YH}, {"SE", "London", LDN}, {"SG", "Stevenage", EE}, {"SK", "Stockport", NW},
            {"SL", "Slough", SE}, {"SM", "Sutton", LDN}, {"SN", "Swindon", SW}, {"SO", "Southampton", SE},
            {"SP", "Salisbury", SW}, {"SR", "Sunderland", NE}, {"SS", "Southend-on-Sea", EE},
            {"ST", "Stoke-on-Trent", WM}, {"SW", "London", LDN}, {"SY", "Shrewsbury", WM}, {"TA", "Taunton", SW},
            {"TF", "Telford", WM}, {"TN", "Tonbridge", SE}, {"TQ", "Torquay", SW}, {"TR", "Truro", SW},
            {"TS", "Middlesbrough", NE}, {"TW", "Twickenham", LDN}, {"UB", "Southall", LDN}, {"W", "London", LDN},
            {"WA", "Warrington", NW}, {"WC", "London", LDN}, {"WD", "Watford", EE}, {"WF", "Wakefield", YH},
            {"WN", "Wigan", NW}, {"WR", "Worcester", WM}, {"WS", "Walsall", WM}, {"WV", "Wolverhampton", WM},
            {"YO", "York", YH},
        };
        for (Object[] row : table) {
            AREAS.put((String) row[0], new Area((String) row[1], (String) row[2]));
        }
    }

    private EnglishPostcodeAreas() {
    }

    /** The English area of an outcode, or null when the outcode is not in England. */
    static Area of(String outcode) {
        if (WELSH_DISTRICTS.contains(outcode)) {
            return null;
        }
        int letters = Character.isLetter(outcode.charAt(1)) ? 2 : 1;
        return AREAS.get(outcode.substring(0, letters));
    }
}
