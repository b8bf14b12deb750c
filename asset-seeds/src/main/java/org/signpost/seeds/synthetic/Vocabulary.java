package org.signpost.seeds.synthetic;

import java.util.SplittableRandom;

/** Words the generator builds illustrative names and text from. None names a real organisation. */
final class Vocabulary {

    static final String[] PLACES = {"Ashfield", "Brookside", "Oakwood", "Hillside", "Northfield", "Westgate",
        "Riverside", "Meadowbank", "Elmwood", "Fairfield", "Greenhill", "Holmewood", "Kingsway", "Lakeside",
        "Millbrook", "Newlands", "Orchard Park", "Parkside", "Queensbury", "Redbrook", "Southgate", "Thornhill",
        "Underwood", "Victoria Park", "Woodside", "Abbey Fields", "Beacon Hill", "Castle Vale", "Dale End",
        "Eastfield", "Forest Hill", "Hawthorn", "Ivy Bank", "Jubilee", "Kirkgate", "Longmoor", "Marsh Lane",
        "Norton", "Oldfield", "Primrose", "Quarry Hill", "Rosehill", "Stonegate", "Townfield", "Willow Bank",
        "Yew Tree", "Bramley", "Chapel End", "Denby Dale", "Foxhill", "Harewood", "Ingleby", "Larkfield",
        "Moorside", "Netherfield", "Page Hall", "Sandygate", "Thistle Park", "Upperthorpe", "Whinmoor"};
    static final String[] SAINTS = {"St Mary's", "St John's", "St Peter's", "All Saints", "Christ Church",
        "St Andrew's", "St Mark's", "Holy Trinity", "St Luke's", "St Michael's"};
    static final String[] ORGANISATION_KINDS = {"Community Centre", "Community Association", "Community Trust",
        "Methodist Church", "Wellbeing Hub", "Carers' Network", "Arts Collective", "Men's Shed", "Food Bank",
        "Allotment Society", "Tenants' and Residents' Association", "Youth Project", "Good Neighbours",
        "Age Friendly Group", "Friends of the Park", "Community Garden", "Money Matters", "Women's Centre",
        "Welcome Group", "Heritage Society", "Community Choir", "Bowls Club", "Development Trust",
        "Recovery Community", "Family Hub", "Digital Champions", "Sports Association", "Baptist Church"};
    static final String[] VENUES = {"Community Centre", "Church Hall", "Library", "Village Hall", "Methodist Hall",
        "Sports Centre", "Youth Centre", "Family Hub", "Community Café", "Miners' Welfare", "Scout Hut",
        "Resource Centre", "Neighbourhood Centre", "Pavilion"};
    static final String[] STREETS = {"High Street", "Church Lane", "Station Road", "Mill Lane", "Park Road",
        "Victoria Street", "Chapel Street", "Market Place", "School Lane", "Queen Street", "Green Lane",
        "Albert Road", "Manor Road", "Bridge Street", "North Road", "The Crescent", "Orchard Way", "Well Lane"};
    static final String[] FIRST_NAMES = {"Sam", "Jo", "Priya", "Tom", "Aisha", "Chris", "Marta", "Dave", "Grace",
        "Imran", "Helen", "Kwame", "Lucy", "Pete", "Nadia", "Gareth", "Ewa", "Ruth", "Bilal", "Sue", "Tariq",
        "Janet", "Oliver", "Fatima", "Alan", "Zofia", "Mick", "Hannah", "Deborah", "Yusuf"};
    static final String[] LAST_NAMES = {"Patel", "Smith", "Khan", "Jones", "Walker", "Hussain", "Taylor", "Nowak",
        "Brown", "Ahmed", "Wilson", "Okafor", "Wright", "Robinson", "Begum", "Thompson", "Kowalski", "Hall",
        "Green", "Ali", "Clarke", "Evans", "Shaw", "Mensah", "Turner", "Haigh", "Barker", "Rahman"};
    static final String[] TITLES = {"Coordinator", "Group Leader", "Volunteer Coordinator", "Project Worker",
        "Centre Manager", "Activity Lead", "Development Worker", "Session Host"};
    static final String[][] OTHER_LANGUAGES = {{"Urdu", "ur"}, {"Polish", "pl"}, {"Punjabi", "pa"},
        {"Bengali", "bn"}, {"Arabic", "ar"}, {"Romanian", "ro"}, {"Somali", "so"}, {"Slovak", "sk"},
        {"Kurdish", "ku"}, {"Gujarati", "gu"}};
    static final String[][] ACCESSIBILITY = {{"Step-free access", "Level access from the car park to the main room."},
        {"Accessible toilet", "Accessible toilet on the ground floor."},
        {"Hearing loop", "Induction loop in the main room; switch hearing aids to T."},
        {"Parking", "Free parking on site with blue badge bays."},
        {"Large print", "Large print leaflets on request."},
        {"Quiet space", "A quiet room is available if you need a break."}};
    static final String[] WELCOMES = {"No need to book, just come along.", "Refreshments provided.",
        "Please ring before your first visit.", "Friendly volunteers will welcome you.", "All abilities welcome.",
        "Bring a friend if you like.", "Your first session is a taster, with no commitment.",
        "Transport can be arranged for people who cannot get here on their own."};

    /** Activity names for needs whose term code contains the keyword; the first matching keyword wins. */
    private static final String[][] ACTIVITIES = {
        {"mens-sheds", "Men's Shed"},
        {"heart", "Breathe Easy Group", "Heart Health Group"},
        {"memory", "Memory Café", "Singing for the Brain"},
        {"dementia", "Memory Café", "Dementia Carers' Group"},
        {"befriend", "Befriending Service", "Telephone Friends"},
        {"coffee", "Coffee Morning", "Chatty Café"},
        {"warm", "Warm Space", "Warm Welcome Lunch"},
        {"cafe", "Community Café", "Pay As You Feel Café"},
        {"walking-sports", "Walking Football", "Walking Netball"},
        {"walk", "Health Walk", "Nature Walk"},
        {"chair", "Chair-Based Exercise", "Seated Yoga"},
        {"dance", "Tea Dance", "Dance for Health"},
        {"swim", "Quiet Swim", "Beginners' Swim"},
        {"cycl", "Bike Club", "Learn to Ride"},
        {"exercise", "Gentle Exercise Class", "Tai Chi"},
        {"sport", "Sports Club for All", "Table Tennis Club"},
        {"physical", "Get Active Group", "Gentle Yoga"},
        {"peer", "Peer Support Group", "Wellbeing Circle"},
        {"anxiety", "Anxiety Support Group", "Low Mood Course"},
        {"counsel", "Low-Cost Counselling", "Listening Service"},
        {"mindful", "Mindfulness Course", "Relaxation Class"},
        {"mental", "Wellbeing Café", "Mental Health Drop-in"},
        {"music", "Community Choir", "Ukulele Group"},
        {"reading", "Book Club", "Creative Writing Group"},
        {"heritage", "Local History Group", "Heritage Walks"},
        {"art", "Art Club", "Knit and Natter"},
        {"garden", "Community Garden", "Allotment Project"},
        {"conservation", "Conservation Volunteers", "Green Gym"},
        {"nature", "Nature Group", "Woodland Wellbeing"},
        {"benefit", "Benefits Advice Drop-in", "Form Filling Help"},
        {"debt", "Debt Advice Clinic", "Money Advice Drop-in"},
        {"energy", "Energy Advice Surgery", "Warm Homes Advice"},
        {"money", "Money Advice Drop-in", "Budgeting Course"},
        {"homeless", "Homeless Drop-in", "Night Shelter"},
        {"repair", "Handyperson Service", "Home Safety Checks"},
        {"housing", "Housing Advice", "Tenancy Support"},
        {"food-banks", "Food Bank", "Community Pantry"},
        {"meals", "Community Lunch", "Lunch Club"},
        {"cook", "Cook and Eat Sessions", "Cooking on a Budget"},
        {"food", "Community Pantry", "Food Share"},
        {"job", "Job Club", "CV and Interview Help"},
        {"work", "Employability Workshop", "Work Skills Course"},
        {"employ", "Job Club", "Back to Work Support"},
        {"esol", "ESOL Conversation Class", "English Conversation Club"},
        {"basic", "Maths and English Skills", "Everyday Maths"},
        {"courses", "Adult Learning Course", "Short Courses"},
        {"learning-disab", "Learning Disability Social Club", "Friendship Club"},
        {"learning", "Adult Learning Course", "Learning Café"},
        {"volunteer", "Volunteer Drop-in", "Volunteering Taster Days"},
        {"young-carers", "Young Carers Club", "Young Carers Group"},
        {"carer-breaks", "Carers' Break", "Sitting Service"},
        {"carers", "Carers' Support Group", "Carers' Café"},
        {"bereave", "Bereavement Support Group", "Bereavement Café"},
        {"pain", "Pain Management Course", "Living with Pain Group"},
        {"diabetes", "Diabetes Support Group", "Diabetes Education Course"},
        {"cancer", "Cancer Support Drop-in", "Cancer Wellbeing Group"},
        {"long-term", "Long-Term Conditions Group", "Self-Management Course"},
        {"alcohol", "Alcohol Support Group", "Recovery Café"},
        {"drug", "Recovery Café", "Drug Support Drop-in"},
        {"gambl", "Gambling Support Group", "Gambling Harm Drop-in"},
        {"substance", "Recovery Café", "Mutual Aid Meeting"},
        {"digital-skills", "Digital Skills Drop-in", "Get Online Sessions"},
        {"devices", "Tablet Lending Scheme", "Data Bank"},
        {"digital", "Digital Skills Drop-in", "Computer Club"},
        {"toddler", "Stay and Play", "Baby and Toddler Group"},
        {"parent", "Parenting Course", "Parents' Group"},
        {"faith", "Faith Community Lunch", "Interfaith Café"},
        {"cultural", "Cultural Women's Group", "Community Heritage Group"},
        {"refugee", "Refugee Welcome Café", "New Neighbours Group"},
        {"falls", "Falls Prevention Class", "Strength and Balance Class"},
        {"older", "Over 60s Club", "Friendship Club"},
        {"youth-clubs", "Youth Club", "Junior Youth Club"},
        {"youth", "Youth Wellbeing Group", "Youth Drop-in"},
        {"young", "Youth Club", "Young People's Group"},
        {"weight", "Weight Management Group", "Healthy Weight Course"},
        {"smok", "Stop Smoking Clinic", "Quit Smoking Group"},
        {"healthy", "Healthy Lifestyles Group", "Health MOT Drop-in"},
        {"domestic", "Domestic Abuse Support Group", "Freedom Programme"},
        {"sensory", "Sight Loss Support Group", "Deaf Social Club"},
        {"disab", "Disability Social Club", "Inclusive Sports Session"},
        {"social", "Friendship Group", "Social Club"},
        {"lonel", "Friendship Group", "Chatty Café"},
    };
    private static final String[] GENERAL_ACTIVITIES = {"Community Group", "Drop-in Session", "Wellbeing Group"};

    private Vocabulary() {
    }

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** A name for an activity meeting the need with this term code. */
    static String activityFor(String termCode, SplittableRandom random) {
        for (String[] row : ACTIVITIES) {
            if (termCode.contains(row[0])) {
                return row[1 + random.nextInt(row.length - 1)];
            }
        }
        return pick(random, GENERAL_ACTIVITIES);
    }

    /** {@code "Riverside Memory Café"} -> {@code "riverside-memory-cafe"}. */
    static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if ((c == ' ' || c == '-') && !out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }
}
