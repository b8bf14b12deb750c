#!/usr/bin/env python3
"""Generate the ILLUSTRATIVE Rotherham seed directory for Signpost.

Writes src/main/resources/seeds/rotherham/services.json: a JSON array of Open Referral UK 3.0
(HSDS 3.0) *full service records* plus Signpost extension fields prefixed ``x_``.

Every organisation, service, venue, person, email address and phone number produced here is
INVENTED. Phone numbers come from Ofcom's ranges reserved for drama (01632 960xxx, 07700 900xxx);
web and email domains are sub-domains of example.org (reserved by RFC 2606). Town names,
outcodes and approximate town-centre coordinates are real so that map and proximity search
behave realistically.

Deterministic: a fixed random seed and curated lists, so re-running produces the same file
byte for byte. Python 3 standard library only.

    python3 asset-seeds/tools/generate_rotherham_seeds.py            # generate + validate
    python3 asset-seeds/tools/generate_rotherham_seeds.py --check    # validate the existing file
    options: --out PATH  --taxonomy PATH  --outcodes PATH (uk-outcodes.csv, for validation)
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import sys
import uuid

SEED = 20261123
REF_DATE = dt.date(2026, 11, 23)          # "today" for assured_date spread (2-14 months back)
HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
SEEDS = os.path.join(MODULE, "src", "main", "resources", "seeds")
DEFAULT_TAXONOMY = os.path.join(SEEDS, "taxonomy", "needs-taxonomy.json")
DEFAULT_OUT = os.path.join(SEEDS, "rotherham", "services.json")
DEFAULT_OUTCODES = "/work/shared/data/uk-outcodes.csv"
DOMAIN = "example.org"                    # RFC 2606 reserved: never a real organisation
ASSURER = "directory-team@signpost-rotherham." + DOMAIN
BOUNDS = (53.30, 53.52, -1.45, -1.10)     # lat_min, lat_max, lon_min, lon_max (Rotherham borough)
ROTHERHAM_OUTCODES = {"S60", "S61", "S62", "S63", "S64", "S65", "S66", "S25", "S26", "S81"}

# --------------------------------------------------------------------------------------------
# Places: real towns/villages in Rotherham borough, approximate centres, real outcodes.
# (name, city for the address, outcode, lat, lon, weight)
# --------------------------------------------------------------------------------------------
TOWNS = [
    ("Rotherham", "Rotherham", "S60", 53.4302, -1.3568, 6),
    ("Clifton", "Rotherham", "S65", 53.4322, -1.3420, 1.5),
    ("Eastwood", "Rotherham", "S65", 53.4372, -1.3440, 1.5),
    ("East Dene", "Rotherham", "S65", 53.4300, -1.3240, 1.2),
    ("Herringthorpe", "Rotherham", "S65", 53.4240, -1.3240, 1.0),
    ("Dalton", "Rotherham", "S65", 53.4420, -1.3060, 0.8),
    ("Thrybergh", "Rotherham", "S65", 53.4480, -1.2950, 0.9),
    ("Ravenfield", "Ravenfield", "S65", 53.4380, -1.2600, 0.5),
    ("Kimberworth", "Rotherham", "S61", 53.4380, -1.3920, 1.4),
    ("Kimberworth Park", "Rotherham", "S61", 53.4470, -1.3850, 1.0),
    ("Greasbrough", "Rotherham", "S61", 53.4530, -1.3650, 1.0),
    ("Ferham", "Rotherham", "S61", 53.4330, -1.3720, 0.8),
    ("Thorpe Hesley", "Thorpe Hesley", "S61", 53.4620, -1.4130, 0.9),
    ("Rawmarsh", "Rawmarsh", "S62", 53.4610, -1.3450, 2.5),
    ("Parkgate", "Parkgate", "S62", 53.4540, -1.3470, 1.3),
    ("Wentworth", "Wentworth", "S62", 53.4790, -1.4170, 0.3),
    ("Wath-upon-Dearne", "Wath-upon-Dearne", "S63", 53.5025, -1.3440, 2.5),
    ("Brampton Bierlow", "Brampton Bierlow", "S63", 53.4960, -1.3790, 0.8),
    ("West Melton", "West Melton", "S63", 53.5010, -1.3650, 0.5),
    ("Swinton", "Swinton", "S64", 53.4860, -1.3140, 2.0),
    ("Kilnhurst", "Kilnhurst", "S64", 53.4710, -1.3070, 0.6),
    ("Maltby", "Maltby", "S66", 53.4230, -1.2010, 2.8),
    ("Hellaby", "Hellaby", "S66", 53.4200, -1.2430, 0.3),
    ("Bramley", "Bramley", "S66", 53.4240, -1.2660, 1.2),
    ("Wickersley", "Wickersley", "S66", 53.4200, -1.2800, 1.6),
    ("Thurcroft", "Thurcroft", "S66", 53.3990, -1.2580, 1.0),
    ("Whiston", "Whiston", "S60", 53.4040, -1.3120, 0.9),
    ("Brinsworth", "Brinsworth", "S60", 53.4050, -1.3650, 1.2),
    ("Catcliffe", "Catcliffe", "S60", 53.3930, -1.3610, 0.5),
    ("Treeton", "Treeton", "S60", 53.3880, -1.3490, 0.6),
    ("Canklow", "Rotherham", "S60", 53.4140, -1.3570, 0.6),
    ("Broom", "Rotherham", "S60", 53.4200, -1.3380, 0.7),
    ("Aston", "Aston", "S26", 53.3660, -1.3000, 1.3),
    ("Swallownest", "Swallownest", "S26", 53.3640, -1.3250, 1.0),
    ("Kiveton Park", "Kiveton Park", "S26", 53.3400, -1.2380, 1.2),
    ("Wales", "Wales", "S26", 53.3450, -1.2720, 0.6),
    ("Harthill", "Harthill", "S26", 53.3210, -1.2620, 0.4),
    ("Todwick", "Todwick", "S26", 53.3530, -1.2580, 0.3),
    ("Dinnington", "Dinnington", "S25", 53.3680, -1.2060, 2.4),
    ("Anston", "Anston", "S25", 53.3530, -1.2130, 1.6),
    ("Laughton-en-le-Morthen", "Laughton-en-le-Morthen", "S25", 53.3860, -1.2210, 0.3),
    ("Woodsetts", "Woodsetts", "S81", 53.3470, -1.1710, 0.4),
]
TOWN = {t[0]: t for t in TOWNS}
# short form used in names ("Wath Health Walk" reads better than "Wath-upon-Dearne Health Walk")
SHORT = {"Wath-upon-Dearne": "Wath", "Laughton-en-le-Morthen": "Laughton", "Brampton Bierlow": "Brampton"}

STREETS = ["High Street", "Church Street", "Station Road", "Main Street", "Park Road", "Doncaster Road",
           "Sheffield Road", "Chapel Lane", "Mill Lane", "Victoria Street", "Queen Street", "Market Place",
           "Wood Lane", "Green Lane", "School Road", "Cross Street", "Hollybush Close", "Meadow View",
           "Manor Road", "Albert Road", "Well Lane", "Common Road", "Oak Avenue", "Hall Lane", "Moor Lane",
           "Chestnut Grove", "Welfare Road", "Colliery Road", "Laburnum Drive", "Church Lane"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # letters valid in an inward code

VENUE_NAMES = {
    "hall": ["{t} Community Rooms", "The Lantern Centre, {t}", "{t} Willow Hall", "Beacon Rooms, {t}",
             "{t} Old School Rooms", "{t} Neighbourhood Hub"],
    "church": ["Hope Chapel, {t}", "Emmanuel Fellowship Hall, {t}", "{t} Wesley Rooms",
               "Cornerstone Church Hall, {t}", "Good Shepherd Parish Rooms, {t}"],
    "mosque": ["Al-Noor Community Centre, {t}", "Al-Huda Centre, {t}", "Madinah House Community Rooms, {t}"],
    "park": ["{t} Park (main gates)", "{t} Recreation Ground pavilion", "{t} Woods car park",
             "{t} Ponds visitor hut"],
    "garden": ["{t} Community Allotments", "{t} Growing Space", "{t} Walled Garden Project"],
    "leisure": ["{t} Swim and Fitness Centre", "{t} Community Sports Hall", "{t} Active Centre"],
    "cafe": ["The Teapot Community Cafe, {t}", "Kettle and Crumb Cafe, {t}", "The Open Door Cafe, {t}"],
    "family": ["{t} Family Rooms", "Little Acorns Centre, {t}", "{t} Children and Families Centre"],
    "youth": ["{t} Youth Centre", "The Base, {t}", "The Hangout, {t}"],
    "office": ["Millstone House, {t}", "Rother Court, {t}", "Beacon House, {t}", "Weir Side Rooms, {t}",
               "Ironworks Chambers, {t}", "Lantern House, {t}", "Chantry View Centre, {t}",
               "Bridge Gate Rooms, {t}", "Willow Court, {t}"],
    "reading": ["{t} Reading Rooms", "{t} Book Nook Community Library"],
    "workshop": ["The Shed, Railway Yard, {t}", "{t} Workshop Unit", "Old Forge Workshop, {t}"],
    "pitch": ["{t} Sports Ground", "{t} Community Playing Fields", "{t} 3G Pitch"],
    "green": ["{t} Bowling Green", "{t} Park Bowling Green"],
}
ACC_BUILDING = [
    ("Step-free access", "Level entrance with a ramp at the main door."),
    ("Step-free access", "Step-free access through the side door; ring the bell for assistance."),
    ("Hearing loop", "Induction loop in the main hall; switch hearing aids to the T setting."),
    ("Accessible toilet", "Accessible toilet on the ground floor."),
    ("Parking", "Free car park on site with two blue badge bays."),
    ("Parking", "On-street parking nearby; the nearest blue badge bays are outside the shops."),
    ("Baby changing", "Baby changing facilities in the accessible toilet."),
    ("Lift", "Lift to the first-floor meeting rooms."),
    ("Quiet room", "A quiet room is available if you need a break."),
    ("Public transport", "Bus stop within 100 metres of the entrance."),
]
ACC_OUTDOOR = [
    ("Uneven ground", "Paths can be muddy and uneven in places; sturdy footwear recommended."),
    ("Parking", "Free car park at the meeting point."),
    ("Accessible toilet", "Accessible toilet in the park cafe, open 9am-4pm."),
    ("Step-free access", "Level tarmac paths suitable for wheelchairs and buggies on the main route."),
    ("Public transport", "Bus stop at the park entrance."),
]

# --------------------------------------------------------------------------------------------
# Service archetypes. names/descs use {t} = town (short form). terms: needs-taxonomy codes;
# a trailing "?" marks an optional term (added half the time, max 3 terms in total).
# sched: (freq, intervals, byday options, time options). cost: None = free,
#        "payf" = pay as you feel, or (p_free, [(amount, amount_description), ...]).
# --------------------------------------------------------------------------------------------
WD = "MO,TU,WE,TH,FR"
ARCH = {}


def A(key, names, descs, terms, sched, cost=None, venue=("hall",), elig=None, modes=("in_person",),
      route="self_referral", ages=None, title="Group Coordinator", mail="hello", cap=0.35,
      noloc=False, multi=(1, 1), extra=None, alert=None):
    ARCH[key] = dict(key=key, names=names, descs=descs, terms=terms, sched=sched, cost=cost,
                     venue=venue, elig=elig, modes=modes, route=route, ages=ages, title=title,
                     mail=mail, cap=cap, noloc=noloc, multi=multi, extra=extra)


def W(days, times, intervals=(1,)):
    return ("WEEKLY", intervals, days, times)


def M(days, times):
    return ("MONTHLY", (1,), days, times)


DAYS_ALL = ["MO", "TU", "WE", "TH", "FR"]
MORN = ["10:00-12:00", "10:00-11:30", "9:30-11:30"]
AFT = ["13:30-15:30", "13:00-15:00", "14:00-16:00"]
EVE = ["18:00-20:00", "18:30-20:30", "19:00-21:00"]
MONTHLY_DAYS = ["1TU", "2TU", "3WE", "2TH", "1FR", "-1TH", "-1WE", "3MO"]

# --- loneliness and social -------------------------------------------------------------------
A("coffee_morning", ["{t} Coffee Morning", "Cuppa and Chat, {t}", "{t} Friendship Cafe", "{t} Tuesday Natter"],
  ["A relaxed weekly coffee morning with tea, coffee, homemade cake and good company. Just drop in; newcomers are always made welcome.",
   "Drop in for a brew and a natter with friendly volunteers and neighbours. A gentle first step if you are feeling lonely or have recently moved to {t}."],
  ["sp-coffee-mornings", "sp-loneliness?", "sp-older-people?"], W(DAYS_ALL, MORN),
  (0.15, [(1, "suggested donation, includes tea and cake"), (1.5, "per visit, includes a hot drink and cake")]),
  venue=("hall", "church", "cafe", "reading"), elig="Everyone welcome. No need to book.", cap=0.1)
A("warm_space", ["{t} Warm Space", "{t} Warm Welcome Hub"],
  ["A free warm space open from October to March, with hot drinks, soup, newspapers, board games and phone charging. Staff can also point you to help with energy bills.",
   "Somewhere warm and friendly to spend a few hours through the colder months, with a free hot drink and a bite to eat. No questions asked and no need to book."],
  ["sp-warm-spaces", "sp-energy-bills?", "sp-loneliness?"], W(["MO,WE", "TU,TH", "MO,WE,FR"], ["10:00-15:00", "11:00-14:00"]),
  venue=("hall", "church", "cafe", "reading"), elig="Open to anyone. Children must be accompanied by an adult.", cap=0.05)
A("lunch_club", ["{t} Lunch Club", "{t} Friday Lunch Club", "{t} Over 60s Lunch Club"],
  ["A two-course hot lunch followed by a quiz or bingo, served every week for older residents. Transport can sometimes be arranged for people who find it hard to get out.",
   "Home-cooked lunch and good conversation in a friendly setting. Special diets can be catered for with a week's notice."],
  ["sp-community-meals", "sp-older-people", "sp-loneliness?"], W(DAYS_ALL, ["12:00-14:00", "11:30-13:30"]),
  (0.1, [(4, "per two-course meal"), (4.5, "per meal including pudding and a drink"), (3.5, "per meal")]),
  venue=("hall", "church"), elig="Aimed at people aged 60 and over. Please book your place by the Monday before.",
  route="both", ages=[(60, None), None], title="Lunch Club Organiser", mail="lunchclub", cap=0.6)
A("bingo_social", ["{t} Afternoon Social Club", "{t} Bingo and Natter"],
  ["An afternoon of bingo, quizzes, a raffle and plenty of conversation. A warm welcome for anyone who would like more company in the week."],
  ["sp-social-groups", "sp-older-people?"], W(DAYS_ALL, AFT),
  (0.1, [(1, "per session, includes tea"), (2, "per session including bingo card")]), venue=("hall", "church"),
  elig="Adults of all ages; most members are retired.", cap=0.2)
A("knit_natter", ["{t} Knit and Natter", "{t} Stitch and Chat"],
  ["Bring your knitting, crochet or sewing, or learn from scratch with spare needles and wool provided. Finished items are often donated to local baby units and care homes."],
  ["sp-arts-crafts", "sp-social-groups"], W(DAYS_ALL, MORN + AFT),
  (0.15, [(1, "per session towards room hire")]), venue=("hall", "church", "cafe", "reading"), cap=0.2)
A("mens_shed", ["{t} Men's Shed Workshop Sessions", "{t} Shed Sessions"],
  ["A community workshop where men (and anyone who wants to join in) make, mend and chat over a brew. Projects include bird boxes, planters for local schools and repairs for neighbours; no experience needed.",
   "Side-by-side woodwork, metalwork and tinkering in a well-equipped shed, with experienced members happy to share skills. Good company for anyone who is retired, out of work or just fancies getting out of the house."],
  ["sp-mens-sheds", "sp-loneliness?", "sp-volunteering?"], W(["TU,TH", "MO,WE", "WE,FR"], ["9:30-13:00", "10:00-14:00"]),
  (0.2, [(2, "per session, covers materials and a brew"), (10, "per month membership")]), venue=("workshop",),
  elig="Adults aged 18 and over. Mostly men, but everyone is welcome. Safety induction on your first visit.",
  ages=[(18, None)], title="Shed Coordinator", mail="shed", cap=0.5)
A("repair_cafe", ["{t} Repair Cafe"],
  ["Bring along broken small electricals, clothes, bikes or furniture and fix them with help from volunteer menders. Meet people, learn skills and keep things out of landfill."],
  ["sp-social-groups", "sp-volunteering?", "sp-short-courses?"], M(["1SA", "2SA", "-1SA"], ["10:00-13:00"]),
  (0.5, [(2, "suggested donation per repair")]), venue=("hall", "cafe", "workshop"), cap=0.1, mail="repairs")
A("friendship_group", ["{t} Friendship Group", "{t} Making Friends Club"],
  ["A small, welcoming group for adults who would like to meet new people. Members choose the activities: quizzes, board games, days out and the occasional fish and chip supper."],
  ["sp-social-groups", "sp-loneliness"], W(["TU", "WE", "TH"], EVE + AFT, (1, 2)),
  (0.4, [(2, "per session")]), venue=("hall", "cafe"), route="both", ages=[(18, None)], cap=0.5)
A("board_games", ["{t} Board Games Club"],
  ["Classic and modern board games, cards and dominoes in a friendly room. Games are provided and someone will always teach you the rules."],
  ["sp-social-groups"], W(["MO", "WE", "TH"], EVE), (0.3, [(1, "per session")]), venue=("hall", "cafe", "reading"), cap=0.1)
A("day_trips", ["{t} Day Trips Club"],
  ["Monthly coach trips to the seaside, stately homes and garden centres, with plenty of help for anyone who needs it. A great way to get out and make friends."],
  ["sp-social-groups", "sp-older-people"], M(["1WE", "2TH", "3TU"], ["09:00-17:00"]),
  (0.0, [(15, "per trip including coach travel"), (12, "per trip; entry fees extra")]), venue=("hall",),
  elig="Mainly for people aged 55 and over. Book with the organiser a month ahead.", ages=[(55, None), None],
  title="Trips Organiser", mail="trips", cap=0.7)
A("befriend_home", ["Home Befriending"],
  ["A trained, DBS-checked volunteer visits you at home for an hour a week for a chat, a cuppa or a short trip out. For people who feel lonely or rarely leave the house."],
  ["sp-befriending", "sp-older-people?"], W([WD], ["9:00-17:00"]), venue=("office",),
  elig="Adults living in Rotherham borough who feel lonely or isolated. There may be a short wait for a volunteer.",
  route="both", ages=[(18, None)], title="Befriending Coordinator", mail="befriending", cap=0.9)
A("befriend_phone", ["Telephone Befriending"],
  ["A friendly weekly phone call from the same trained volunteer, at a time that suits you. Ideal for people who cannot easily get out or prefer to chat from home."],
  ["sp-befriending", "sp-loneliness"], W([WD], ["10:00-16:00"]), noloc=True, modes=("phone",),
  elig="Adults living in Rotherham borough.", route="both", ages=[(18, None)], title="Befriending Coordinator",
  mail="phonefriends", cap=0.9)
A("walk_talk_befriend", ["Walk and Talk Befriending"],
  ["Matched one-to-one with a volunteer for a weekly stroll and a chat in your local park. Builds confidence for people who want to get out more but don't want to go alone."],
  ["sp-befriending", "sp-walking-groups"], W(["TU", "WE", "TH"], ["10:00-11:00", "13:00-14:00"]), venue=("park",),
  route="link_worker_referral", elig="Referral through a social prescribing link worker.", ages=[(18, None)],
  title="Befriending Coordinator", mail="walkandtalk", cap=0.9)
A("community_cafe", ["{t} Community Cafe", "{t} Pay-As-You-Feel Cafe"],
  ["A not-for-profit cafe serving breakfasts, soup and light lunches on a pay-as-you-feel basis. Everyone is welcome to sit, chat and stay as long as they like.",
   "A friendly community cafe run by local volunteers, with low-cost hot food and a book swap. Surplus food from local shops is shared free at the end of each day."],
  ["sp-community-cafes", "sp-food", "sp-community-meals?"], W([WD, "TU,WE,TH", "MO,WE,FR"], ["9:00-14:00", "10:00-15:00"]),
  "payf", venue=("cafe",), elig="Open to all.", title="Cafe Manager", mail="cafe", cap=0.0)
A("rainbow_social", ["Rotherham Rainbow Social"],
  ["A relaxed monthly social for LGBTQ+ adults and friends, alternating between a cafe meet-up and a quiz night. Friendly faces will look out for first-timers."],
  ["sp-social-groups", "sp-peer-support"], M(["2FR", "-1FR"], ["19:00-21:00"]), venue=("cafe", "hall"),
  ages=[(18, None)], mail="social", cap=0.1)

# --- physical activity -----------------------------------------------------------------------
A("gentle_walk", ["{t} Health Walk", "{t} Walking Buddies", "{t} Gentle Strollers"],
  ["A free, friendly walk of 45 to 60 minutes on mostly level paths, led by trained volunteer walk leaders. Walks go at the pace of the slowest walker and finish with an optional cuppa.",
   "Short, sociable walks for people who are new to exercise, recovering from illness or just want some company. No need to book: turn up in comfortable shoes."],
  ["sp-walking-groups", "sp-loneliness?", "sp-older-people?"], W(DAYS_ALL, ["10:00-11:00", "10:30-11:30", "13:30-14:30"]),
  venue=("park",), elig="Suitable for all abilities. Dogs on leads welcome.", title="Volunteer Walk Leader",
  mail="walks", cap=0.05)
A("longer_walk", ["{t} Countryside Rambles", "{t} Sunday Striders"],
  ["Longer walks of five to eight miles along field paths, woodland tracks and the Trans Pennine Trail. Walkers need reasonable fitness and waterproofs."],
  ["sp-walking-groups", "sp-nature"], W(["SA", "SU"], ["9:30-13:30"], (2,)), (0.5, [(1, "per walk towards insurance")]),
  venue=("park",), elig="Adults with reasonable fitness. Under-16s with a parent.", title="Walk Leader", mail="rambles", cap=0.05)
A("nordic_walk", ["{t} Nordic Walking"],
  ["Nordic walking uses poles to work the whole body while walking. Instructors teach the technique and poles are lent free for the first few weeks."],
  ["sp-walking-groups", "sp-exercise-classes?"], W(["MO", "WE", "SA"], ["9:30-10:30", "10:00-11:00"]),
  (0.3, [(3, "per session, poles provided"), (4, "per session")]), venue=("park",), title="Nordic Walking Instructor",
  mail="nordic", cap=0.4)
A("buggy_walk", ["{t} Buggy Walk"],
  ["A gentle walk for parents and carers with babies in prams or slings, followed by a drink and a chat. A good way to get out of the house and meet other new parents."],
  ["sp-walking-groups", "sp-parenting-families"], W(["TU", "WE", "TH"], ["10:00-11:00"]), venue=("park",),
  elig="Parents and carers with babies and toddlers.", title="Family Worker", mail="buggywalk", cap=0.05)
A("walking_football", ["{t} Walking Football"],
  ["Football at a walking pace: no running, no slide tackles and plenty of laughs. Great for people returning to exercise or living with a long-term condition."],
  ["sp-walking-sports", "sp-older-people?", "sp-long-term-conditions?"], W(["MO", "WE", "FR"], ["10:00-11:30", "19:00-20:00"]),
  (0.2, [(3, "per session"), (2.5, "per session")]), venue=("pitch", "leisure"),
  elig="Mainly for people aged 50 and over, but all adults are welcome.", ages=[(50, None), (40, None)],
  title="Club Secretary", mail="walkingfootball", cap=0.3)
A("walking_netball", ["{t} Walking Netball"],
  ["A slower version of netball where there is no running or jumping. Ideal for women who played at school or who have never played before."],
  ["sp-walking-sports"], W(["TU", "TH"], ["18:00-19:00", "10:00-11:00"]), (0.3, [(3, "per session")]),
  venue=("leisure", "pitch"), ages=[(16, None)], title="Session Lead", mail="netball", cap=0.4)
A("bowls", ["{t} Bowls Club Open Sessions"],
  ["Try flat green bowls with coaching from club members; woods are provided and flat shoes are all you need. Sessions run from April to September."],
  ["sp-sport", "sp-older-people?"], W(["TU,TH", "WE", "SA"], ["14:00-16:00", "10:00-12:00"]),
  (0.2, [(2, "per session, woods provided"), (25, "per season membership")]), venue=("green",), title="Club Secretary",
  mail="bowls", cap=0.2)
A("table_tennis", ["{t} Table Tennis Social"],
  ["Casual table tennis for all ages and abilities, with bats and balls provided. Good fun, good exercise and good company."],
  ["sp-sport"], W(["MO", "TH"], ["18:30-20:30", "13:00-15:00"]), (0.3, [(2, "per session"), (3, "per session")]),
  venue=("leisure", "hall"), ages=[(12, None), None], title="Session Lead", mail="tabletennis", cap=0.2)
A("chair_exercise", ["{t} Chair-Based Exercise", "{t} Sit and Be Fit", "{t} Seated Exercise Class"],
  ["A gentle, seated exercise class led by a qualified instructor, to music. Helps with mobility, strength and confidence and is suitable for people who find standing for long difficult."],
  ["sp-chair-exercise", "sp-older-people?", "sp-falls-prevention?"], W(DAYS_ALL, MORN + ["13:30-14:30"]),
  (0.3, [(2, "per class"), (3, "per class")]), venue=("hall", "church", "leisure"), title="Exercise Instructor",
  mail="exercise", cap=0.5)
A("strength_balance", ["{t} Strength and Balance", "{t} Steady Steps"],
  ["A 12-week strength and balance course for people who have had a fall or feel unsteady on their feet. Led by a specialist instructor; each class builds on the last."],
  ["sp-falls-prevention", "sp-exercise-classes", "sp-older-people?"], W(["TU", "WE", "TH", "FR"], ["10:00-11:00", "11:00-12:00", "14:00-15:00"]),
  (0.7, [(2, "per class")]), venue=("hall", "leisure"), route="both",
  elig="Adults aged 60 and over who have fallen or are worried about falling. Ask your GP, physio or link worker, or refer yourself.",
  ages=[(60, None)], title="Postural Stability Instructor", mail="steadysteps", cap=0.9)
A("keep_fit", ["{t} Gentle Keep Fit", "{t} Over 50s Keep Fit"],
  ["An upbeat but gentle keep-fit class with a warm-up, easy-to-follow moves and a stretch at the end. Work at your own level, with options for every move."],
  ["sp-exercise-classes", "sp-older-people?"], W(DAYS_ALL, MORN), (0.3, [(3, "per class"), (2.5, "per class")]),
  venue=("hall", "church", "leisure"), title="Fitness Instructor", mail="keepfit", cap=0.4)
A("pilates", ["{t} Beginners' Pilates"],
  ["Mat-based Pilates for beginners, focusing on core strength, posture and flexibility. Mats are provided; please tell the instructor about any injuries."],
  ["sp-exercise-classes", "sp-chronic-pain?"], W(["MO", "TU", "TH"], ["18:00-19:00", "9:30-10:30"]),
  (0.1, [(5, "per class"), (4, "per class; block booking discount available")]), venue=("hall", "leisure"),
  ages=[(16, None)], title="Pilates Instructor", mail="pilates", cap=0.7)
A("yoga", ["{t} Community Yoga", "{t} Gentle Yoga"],
  ["A calm, gentle yoga class suitable for complete beginners and people with limited mobility. Chairs are available for anyone who prefers to stay seated."],
  ["sp-exercise-classes", "sp-mindfulness"], W(["MO", "WE", "TH", "SA"], ["9:30-10:30", "18:30-19:30"]),
  (0.2, [(4, "per class"), (5, "per class")]), venue=("hall", "church", "leisure"), ages=[(16, None)],
  title="Yoga Teacher", mail="yoga", cap=0.6)
A("tai_chi", ["{t} Tai Chi for Health"],
  ["Slow, flowing tai chi movements that improve balance, strength and calm. Beginners are welcome at any time."],
  ["sp-exercise-classes", "sp-falls-prevention"], W(["TU", "WE", "FR"], ["10:00-11:00", "11:00-12:00"]),
  (0.3, [(3, "per class")]), venue=("hall", "leisure", "church"), title="Tai Chi Instructor", mail="taichi", cap=0.4)
A("circuits", ["{t} Community Circuits"],
  ["A friendly circuit class in the evening with stations you can make easier or harder. Ideal for building fitness after time away from exercise."],
  ["sp-exercise-classes", "sp-physical-activity?"], W(["MO", "WE", "TH"], ["18:00-19:00", "19:00-20:00"]),
  (0.2, [(3, "per class"), (4, "per class")]), venue=("leisure", "hall"), ages=[(16, None)], title="Fitness Instructor",
  mail="circuits", cap=0.4)
A("running_group", ["{t} Beginners' Running Group"],
  ["A nine-week walk-to-run programme for complete beginners, with a supportive group and volunteer run leaders. Nobody gets left behind."],
  ["sp-physical-activity", "sp-mental-wellbeing?"], W(["TU,TH", "MO,WE"], ["18:30-19:30"]), venue=("park", "leisure"),
  ages=[(16, None)], title="Run Leader", mail="running", cap=0.6)
A("aquafit", ["{t} Aquafit"],
  ["A fun, low-impact workout in the shallow end, kind to joints and suitable for non-swimmers. Floats and noodles provided."],
  ["sp-swimming", "sp-exercise-classes?", "sp-chronic-pain?"], W(["MO", "WE", "FR"], ["10:00-10:45", "19:00-19:45"]),
  (0.0, [(4.5, "per session; concessions available"), (3.6, "per session with a leisure card")]), venue=("leisure",),
  ages=[(16, None)], title="Aqua Instructor", mail="aquafit", cap=0.5)
A("swim_session", ["{t} Quiet Swim", "{t} Adult Learn to Swim"],
  ["Calm, uncrowded pool sessions with lifeguards who are happy to help nervous swimmers. Small-group lessons are available for adults who never learned to swim."],
  ["sp-swimming"], W(["TU", "TH", "SU"], ["9:00-10:00", "12:00-13:00", "18:00-19:00"]),
  (0.0, [(3.5, "per swim"), (6, "per lesson; courses of 8 weeks")]), venue=("leisure",), title="Swim Coordinator",
  mail="swim", cap=0.4)
A("women_swim", ["{t} Women-Only Swim"],
  ["A private, women-only swim session with female lifeguards and covered windows. Burkinis and modest swimwear welcome."],
  ["sp-swimming", "sp-cultural-groups?"], W(["SU", "WE"], ["17:00-18:00", "19:00-20:00"]),
  (0.2, [(3, "per swim"), (2, "per swim with a leisure card")]), venue=("leisure",), ages=[(16, None)],
  title="Swim Coordinator", mail="womenswim", cap=0.3)
A("tea_dance", ["{t} Tea Dance"],
  ["A traditional tea dance with ballroom and sequence dancing, live music and a proper afternoon tea. Come to dance or just to listen and chat."],
  ["sp-dance", "sp-older-people", "sp-social-groups?"], M(MONTHLY_DAYS, ["14:00-16:00"]),
  (0.2, [(3, "per person, includes tea and cake"), (4, "per person")]), venue=("hall", "church"), title="Organiser",
  mail="teadance", cap=0.2)
A("line_dance", ["{t} Line Dancing for Beginners"],
  ["Learn easy line dances step by step with a patient teacher; no partner needed. Great exercise for body and brain."],
  ["sp-dance"], W(["MO", "TU", "TH"], ["19:00-20:30", "10:00-11:30"]), (0.1, [(4, "per session"), (3.5, "per session")]),
  venue=("hall", "church"), title="Dance Teacher", mail="linedance", cap=0.3)
A("dance_fit", ["{t} Dance Fitness"],
  ["High-energy dance workouts to chart and Latin music, with low-impact options shown throughout. No dance experience needed."],
  ["sp-dance", "sp-exercise-classes"], W(["MO", "WE", "SA"], ["18:00-19:00", "9:30-10:30"]),
  (0.1, [(4, "per class"), (5, "per class")]), venue=("hall", "leisure"), ages=[(14, None)], title="Dance Instructor",
  mail="dancefit", cap=0.4)
A("seated_dance", ["{t} Seated Dance and Movement"],
  ["Dance and movement to well-loved songs, mostly from a chair. Designed for people with limited mobility or memory problems and their carers."],
  ["sp-dance", "sp-chair-exercise", "sp-dementia?"], W(["TU", "TH"], ["14:00-15:00"], (1, 2)),
  (0.3, [(2, "per person; carers free")]), venue=("hall", "church"), title="Dance Artist", mail="movement", cap=0.4)
A("led_ride", ["{t} Led Bike Rides"],
  ["Gentle led bike rides on quiet lanes and traffic-free trails, with regular stops. Bikes, including electric bikes, can be borrowed if you book."],
  ["sp-cycling", "sp-nature?"], W(["SA", "SU", "WE"], ["10:00-12:00"], (1, 2)), venue=("park",),
  elig="Adults who can ride a bike. Under-16s with an adult.", title="Ride Leader", mail="rides", cap=0.3)
A("learn_ride", ["Learn to Ride for Adults"],
  ["Small-group sessions for adults who never learned to ride a bike or have lost their confidence, on a traffic-free site. Bikes and helmets provided."],
  ["sp-cycling"], W(["SA", "TU"], ["10:00-12:00"]), venue=("park",), ages=[(16, None)], title="Cycle Instructor",
  mail="learntoride", cap=0.8)
A("bike_recycle", ["Bike Recycling and Repair Workshop"],
  ["Learn to fix bikes alongside experienced mechanics, and help refurbish donated bikes for people who need one. Bikes are offered to people referred by local agencies."],
  ["sp-cycling", "sp-volunteering", "sp-work-skills?"], W(["WE", "SA"], ["10:00-14:00"]), venue=("workshop",),
  route="both", ages=[(14, None)], title="Workshop Coordinator", mail="bikes", cap=0.5)

# --- mental wellbeing --------------------------------------------------------------------------
A("peer_group", ["{t} Wellbeing Peer Support Group", "{t} Hope Group"],
  ["A friendly peer support group for adults living with stress, anxiety or low mood, run by people with lived experience. Share as much or as little as you like."],
  ["sp-peer-support", "sp-anxiety-low-mood"], W(["MO", "TU", "WE", "TH"], ["18:00-19:30", "13:00-14:30"], (1, 2)),
  venue=("hall", "office", "church"), route="both", ages=[(18, None)], title="Peer Support Worker",
  mail="peersupport", cap=0.5, modes=("in_person",))
A("anxiety_course", ["Managing Anxiety: Six-Week Course", "Stress Control Course"],
  ["A six-week course teaching practical ways to manage worry, panic and stress, based on cognitive behavioural techniques. Run as a class: you won't be asked to talk about yourself."],
  ["sp-anxiety-low-mood", "sp-short-courses?"], W(["WE", "TU"], ["18:00-19:30", "10:00-11:30"]), venue=("hall", "office"),
  route="both", ages=[(18, None)], title="Wellbeing Practitioner", mail="courses", cap=0.9,
  modes=("in_person", "online"), extra="online")
A("online_peer", ["Online Peer Support Group"],
  ["A weekly video peer support group for adults who find it hard to get to a venue. Cameras optional; a trained facilitator keeps the space safe."],
  ["sp-peer-support", "sp-mental-wellbeing"], W(["TH", "TU"], ["19:00-20:30"]), noloc=True, modes=("online",),
  route="both", ages=[(18, None)], title="Online Facilitator", mail="online", cap=0.6)
A("counselling", ["Low-Cost Counselling"],
  ["Up to 12 sessions of one-to-one counselling with a qualified or supervised trainee counsellor. Fees are on a sliding scale and nobody is turned away for lack of money."],
  ["sp-counselling", "sp-anxiety-low-mood?", "sp-bereavement?"], W([WD], ["9:00-20:00"]),
  (0.3, [(10, "per session; sliding scale from £0 to £25"), (15, "per session; concessions available")]),
  venue=("office",), route="both", ages=[(18, None)], title="Counselling Coordinator", mail="counselling",
  elig="Adults aged 18 and over. There is usually a waiting list; you will be offered an assessment first.", cap=0.9)
A("online_counselling", ["Online Counselling"],
  ["One-to-one counselling by secure video call for adults who prefer to talk from home. Evening appointments available."],
  ["sp-counselling"], W([WD], ["10:00-20:00"]), (0.5, [(10, "per session; sliding scale")]), noloc=True,
  modes=("online",), route="both", ages=[(18, None)], title="Counselling Coordinator", mail="onlinecounselling", cap=0.9)
A("listening_line", ["Listening Line"],
  ["A confidential listening service by phone, answered by trained volunteers, for anyone who needs to talk. Not a crisis line: in an emergency call 999."],
  ["sp-counselling", "sp-loneliness"], W(["MO,TU,WE,TH,FR,SA,SU"], ["18:00-22:00"]), noloc=True, modes=("phone",),
  ages=[(16, None)], title="Volunteer Coordinator", mail="listening", cap=0.0)
A("mindfulness", ["{t} Mindfulness Drop-In", "Introduction to Mindfulness"],
  ["Short guided mindfulness and breathing practices to help with stress and sleep, followed by a cup of herbal tea. Nothing to bring and no experience needed."],
  ["sp-mindfulness", "sp-anxiety-low-mood?"], W(["MO", "WE", "TH"], ["12:30-13:30", "18:00-19:00"], (1, 2)),
  (0.5, [(3, "per session")]), venue=("hall", "church", "office"), ages=[(16, None)], title="Mindfulness Teacher",
  mail="mindfulness", cap=0.3)
A("mens_talk", ["{t} Blokes' Talk", "{t} Men's Talking Group"],
  ["A weekly get-together where men can talk openly about whatever is on their mind, over a brew. No judgement, no pressure and no appointment."],
  ["sp-peer-support", "sp-mental-wellbeing"], W(["MO", "TU"], ["19:00-21:00"]), venue=("hall", "cafe", "leisure"),
  elig="Men aged 18 and over.", ages=[(18, None)], title="Group Facilitator", mail="blokestalk", cap=0.05)
A("womens_wellbeing", ["{t} Women's Wellbeing Circle"],
  ["A supportive women-only group with crafts, gentle exercise, guest speakers and time to talk. A creche can be arranged if booked in advance."],
  ["sp-peer-support", "sp-social-groups", "sp-cultural-groups?"], W(["TU", "WE", "TH"], MORN), (0.6, [(1, "per session")]), venue=("hall", "family", "mosque"),
  elig="Women aged 18 and over.", ages=[(18, None)], title="Women's Worker", mail="women", cap=0.3)

# --- arts and creativity -----------------------------------------------------------------------
A("art_group", ["{t} Art Club", "{t} Painting for Pleasure", "{t} Watercolour Group"],
  ["A relaxed painting and drawing group for all abilities, with a tutor on hand to offer tips. Materials are provided for beginners."],
  ["sp-arts-crafts", "sp-social-groups?"], W(DAYS_ALL, MORN + AFT), (0.2, [(3, "per session, materials provided"), (2, "per session")]),
  venue=("hall", "church", "reading"), title="Art Tutor", mail="art", cap=0.4)
A("art_wellbeing", ["Arts for Wellbeing", "{t} Creative Minds"],
  ["An eight-week creative course for adults whose mental health is affecting everyday life. Try printmaking, collage and clay in a calm, supportive group."],
  ["sp-arts-crafts", "sp-anxiety-low-mood"], W(["TU", "WE", "TH"], ["10:00-12:30", "13:00-15:30"]), venue=("hall",),
  route="link_worker_referral", elig="Referral through a link worker, GP or mental health worker.", ages=[(18, None)],
  title="Arts Facilitator", mail="creativeminds", cap=0.9)
A("pottery", ["{t} Pottery Taster"],
  ["Hand-building and wheel-throwing taster sessions in a small studio. Your pieces are fired and ready to collect two weeks later."],
  ["sp-arts-crafts", "sp-short-courses"], W(["TH", "SA"], ["10:00-12:00", "18:30-20:30"]),
  (0.0, [(12, "per session including clay and firing"), (8, "per session; concessions")]), venue=("hall", "workshop"),
  ages=[(16, None)], title="Ceramicist", mail="pottery", cap=0.7)
A("craft_group", ["{t} Crafty Crew", "{t} Craft and Chat"],
  ["A different craft every week, from card-making to upcycling, with all materials provided. A sociable, no-pressure group."],
  ["sp-arts-crafts", "sp-social-groups"], W(DAYS_ALL, MORN + AFT), (0.15, [(2, "per session, materials included")]),
  venue=("hall", "church", "cafe", "family"), title="Craft Leader", mail="crafts", cap=0.3)
A("photography", ["{t} Photography Walks"],
  ["Explore the local area with a camera or phone and learn simple photography tips as you go. Photos are shared in a group exhibition once a year."],
  ["sp-short-courses", "sp-walking-groups?", "sp-nature?"], M(["1SA", "2SU", "3SA"], ["10:00-12:00"]), venue=("park",),
  title="Photography Tutor", mail="photos", cap=0.3)
A("choir", ["{t} Community Choir", "{t} Sing for Joy"],
  ["A friendly community choir singing pop, folk and musicals. No auditions and no need to read music; everyone can sing."],
  ["sp-music-singing", "sp-loneliness?"], W(["MO", "TU", "WE", "TH"], ["19:00-20:30", "13:30-15:00"]),
  (0.2, [(3, "per session"), (2, "per session")]), venue=("church", "hall"), title="Musical Director", mail="choir", cap=0.1)
A("ukulele", ["{t} Ukulele Strummers"],
  ["Learn to play the ukulele with a cheerful group of beginners and improvers. A few loan ukuleles are available."],
  ["sp-music-singing"], W(["WE", "TH", "MO"], ["14:00-15:30", "19:00-20:30"]), (0.3, [(2, "per session")]),
  venue=("hall", "cafe", "reading"), title="Group Leader", mail="ukulele", cap=0.2)
A("singing_memory", ["Singing for Memory", "{t} Singing for Memory"],
  ["A warm and joyful singing session for people living with dementia and their carers, with familiar songs, gentle warm-ups and refreshments."],
  ["sp-memory-cafes", "sp-music-singing", "sp-dementia?"], M(MONTHLY_DAYS, ["13:30-15:00", "10:30-12:00"]),
  (0.5, [(1.5, "per person, carers free")]), venue=("hall", "church"), route="both", title="Singing Leader", mail="singing", cap=0.4,
  elig="People living with dementia or memory problems, with their carer or family member.")
A("singing_lungs", ["Singing for Better Breathing"],
  ["Singing and breathing exercises for people living with COPD, asthma or long COVID. Led by a trained singing leader, seated if you prefer."],
  ["sp-heart-lung", "sp-music-singing"], W(["TU", "WE"], ["13:30-14:30"], (1, 2)), venue=("hall", "church"),
  route="both", ages=[(18, None)], title="Singing Leader", mail="breathe", cap=0.5)
A("music_jam", ["{t} Open Mic and Music Jam"],
  ["Bring an instrument, a song or just yourself to a relaxed monthly music night. Performers of all levels are cheered on."],
  ["sp-music-singing", "sp-young-people?"], M(["1FR", "-1FR", "2TH"], ["19:00-22:00"]), (0.5, [(2, "entry on the door")]), venue=("cafe", "hall", "youth"),
  ages=[(14, None)], title="Organiser", mail="music", cap=0.0)
A("book_club", ["{t} Book Club", "{t} Reading Circle"],
  ["A monthly book group reading a mix of novels, memoirs and local authors. Copies are provided through the library reading group scheme."],
  ["sp-reading-writing", "sp-social-groups?"], M(MONTHLY_DAYS, ["14:00-15:30", "18:30-20:00"]),
  (0.3, [(1, "per meeting towards refreshments")]), venue=("reading", "cafe", "hall"),
  title="Book Club Host", mail="books", cap=0.2)
A("shared_reading", ["{t} Shared Reading Group"],
  ["Short stories and poems are read aloud together and then talked about. No need to read in advance or to read aloud yourself."],
  ["sp-reading-writing", "sp-mental-wellbeing?"], W(["TU", "WE", "FR"], ["10:30-12:00"]), venue=("reading", "hall"),
  route="both", title="Reading Group Facilitator", mail="reading", cap=0.4)
A("creative_writing", ["{t} Writers' Group", "Write Away: {t} Creative Writing"],
  ["A supportive group for anyone who enjoys writing stories, poems or life memories. Each session has a writing prompt and time to share."],
  ["sp-reading-writing"], W(["MO", "TH"], ["18:30-20:30", "10:00-12:00"], (1, 2)), (0.4, [(2, "per session")]),
  venue=("reading", "cafe", "hall"), title="Writing Tutor", mail="writing", cap=0.2)
A("local_history", ["{t} Local History Talks", "{t} History Society Meetings"],
  ["Monthly illustrated talks on local history, from mining and canals to old shops and schools. Visitors welcome; tea served afterwards."],
  ["sp-heritage", "sp-older-people?"], M(MONTHLY_DAYS, ["19:00-21:00", "14:00-16:00"]),
  (0.3, [(2, "per meeting for visitors"), (10, "per year membership")]), venue=("hall", "church", "reading"),
  title="Secretary", mail="history", cap=0.0)
A("reminiscence", ["{t} Memories Group"],
  ["Old photos, objects and music spark conversations about growing up and working locally. Dementia-friendly and carers are welcome."],
  ["sp-heritage", "sp-older-people", "sp-dementia?"], W(["TU", "TH"], ["14:00-15:30"], (2,)),
  (0.5, [(1, "per session including tea")]), venue=("hall", "reading"),
  title="Group Leader", mail="memories", cap=0.3)
A("heritage_walk", ["{t} Heritage Walks"],
  ["Guided walks exploring local history, from pit villages to old estates, led by volunteer local historians. About two hours at an easy pace."],
  ["sp-heritage", "sp-walking-groups"], M(["1SU", "2SA", "3SU"], ["10:30-12:30"]), (0.3, [(2, "per walk")]),
  venue=("park",), title="Walk Leader", mail="heritagewalks", cap=0.1)

# --- nature and green space --------------------------------------------------------------------
A("community_garden", ["{t} Community Garden Sessions", "{t} Growing Together"],
  ["Help grow fruit, vegetables and flowers on a shared plot and take some of the harvest home. Tools, gloves and tea provided; no gardening experience needed."],
  ["sp-gardening", "sp-volunteering?", "sp-nature?"], W(["TU", "WE", "SA", "TH"], ["10:00-13:00", "9:30-12:30"]),
  (0.6, [(1, "suggested donation per session"), (15, "per year for your own small plot")]), venue=("garden",), title="Garden Coordinator", mail="garden", cap=0.3)
A("therapeutic_gardening", ["Therapeutic Gardening", "{t} Green Minds Gardening"],
  ["A small, supported gardening group for people with anxiety, depression or low confidence, led by a horticultural therapist."],
  ["sp-gardening", "sp-anxiety-low-mood"], W(["TU", "TH"], ["10:00-13:00"]), venue=("garden",),
  route="link_worker_referral", elig="Adults referred by a link worker, GP or mental health team.", ages=[(18, None)],
  title="Horticultural Therapist", mail="greenminds", cap=0.9)
A("grow_cook", ["Grow and Cook"],
  ["Pick vegetables from the garden and cook a simple shared lunch with them. Learn seasonal recipes and take ideas home."],
  ["sp-gardening", "sp-cooking"], W(["WE", "FR"], ["10:00-13:30"], (2,)), venue=("garden",), title="Garden Coordinator",
  mail="growandcook", cap=0.6)
A("conservation_vol", ["{t} Conservation Volunteers", "{t} Green Gym"],
  ["Practical outdoor tasks such as path repairs, hedge laying and tree planting, followed by a brew. Work at your own pace; tools and training provided."],
  ["sp-conservation", "sp-volunteering", "sp-physical-activity?"], W(["TU", "WE", "SA"], ["10:00-13:00"], (1, 2)),
  venue=("park",), ages=[(16, None)], title="Volunteer Coordinator", mail="conservation", cap=0.2)
A("litter_pick", ["{t} Community Litter Pick"],
  ["A monthly litter pick around local streets and green spaces. Pickers, bags and hi-vis vests provided; finish with tea and biscuits."],
  ["sp-conservation", "sp-volunteering"], M(["1SA", "2SU", "-1SA"], ["10:00-12:00"]), venue=("park",),
  elig="All ages; under-16s with an adult.", title="Organiser", mail="litterpick", cap=0.0)
A("nature_walk", ["{t} Nature Rambles", "{t} Wildlife Walks"],
  ["Slow, curious walks to spot birds, bugs and wildflowers with a friendly local naturalist. Binoculars available to borrow."],
  ["sp-nature", "sp-walking-groups?"], M(["1SU", "2SA", "3SU", "-1SA"], ["10:00-12:00"]),
  (0.5, [(1, "suggested donation")]), venue=("park",),
  title="Volunteer Naturalist", mail="nature", cap=0.1)
A("woodland_wellbeing", ["Woodland Wellbeing"],
  ["Mindful walks, fire-lighting and crafts in the woods, designed to help people unwind and reconnect with nature."],
  ["sp-nature", "sp-mindfulness"], W(["WE", "FR"], ["10:00-13:00"], (2,)), venue=("park",), route="both",
  ages=[(18, None)], title="Outdoor Wellbeing Lead", mail="woodland", cap=0.7)

# --- money and debt ----------------------------------------------------------------------------
A("benefits_advice", ["Benefits Advice Drop-In", "Benefits Check and Form Filling", "{t} Benefits Advice Surgery"],
  ["Free, confidential help to check what benefits you can claim and to fill in forms for Universal Credit, PIP, Attendance Allowance and more. Bring any letters you have."],
  ["sp-benefits-advice", "sp-money?"], W(["MO", "TU", "WE", "TH"], ["9:30-12:30", "13:00-16:00"]),
  venue=("office", "hall", "reading"), route="both", ages=[(18, None)], title="Welfare Rights Adviser", mail="advice",
  cap=0.3, modes=("in_person", "phone"), extra="phone", multi=(2, 3))
A("debt_advice", ["Debt Advice Appointments", "Free Debt Advice"],
  ["Free, confidential debt advice from qualified advisers who can deal with creditors for you and help you find a way forward. Nobody will judge you."],
  ["sp-debt-advice", "sp-money?"], W(["TU,TH", "MO,WE", WD], ["9:30-16:30"]), venue=("office",), route="both",
  ages=[(18, None)], title="Debt Adviser", mail="debt", cap=0.5, modes=("in_person", "phone"), extra="phone")
A("money_helpline", ["Money Advice Helpline"],
  ["Call for free advice about benefits, debts and bills, or to book an appointment with an adviser. Interpreters can be arranged."],
  ["sp-debt-advice", "sp-benefits-advice"], W([WD], ["9:00-17:00"]), noloc=True, modes=("phone",), ages=[(18, None)],
  title="Helpline Coordinator", mail="helpline", cap=0.0)
A("budgeting_course", ["Making Money Go Further", "Budgeting Skills Course"],
  ["A friendly four-week course on budgeting, saving on bills and avoiding high-cost loans. Free lunch at every session."],
  ["sp-debt-advice", "sp-short-courses?"], W(["WE", "TH"], ["10:00-12:00"]), venue=("office", "hall"), route="both",
  ages=[(18, None)], title="Money Coach", mail="moneycourse", cap=0.8)
A("energy_advice", ["Energy Advice Drop-In", "Warm Homes Advice"],
  ["Help with energy bills, prepayment meters, grants for insulation and heating, and disputes with suppliers. Bring a recent bill if you have one."],
  ["sp-energy-bills", "sp-money?"], W(["MO", "WE", "FR"], ["10:00-13:00", "13:30-16:00"]), venue=("office", "hall", "reading"),
  route="both", ages=[(18, None)], title="Energy Adviser", mail="energy", cap=0.3, multi=(1, 2))
A("energy_phone", ["Energy Bills Helpline"],
  ["Free phone advice on cutting energy costs, emergency credit and grants for heating repairs. Home visits can be arranged for people who are vulnerable."],
  ["sp-energy-bills"], W([WD], ["9:00-17:00"]), noloc=True, modes=("phone",), ages=[(18, None)], title="Energy Adviser",
  mail="energyline", cap=0.0)
A("pension_credit", ["Pension Credit Check"],
  ["A quick check to see whether you are missing out on Pension Credit, Attendance Allowance or Council Tax Support, with help to claim. Home visits for people who cannot get out."],
  ["sp-benefits-advice", "sp-older-people"], W(["TU", "TH"], ["10:00-12:00"], (1, 2)), venue=("hall", "reading", "office"),
  route="both", ages=[(66, None)], title="Later Life Adviser", mail="pensioncredit", cap=0.3)
A("savings_club", ["{t} Savings Club"],
  ["A weekly savings club run with a local credit union: save small amounts, access fair loans and get friendly money tips."],
  ["sp-money", "sp-debt-advice?"], W(["TH", "FR"], ["10:00-12:00"]), venue=("hall", "cafe"), title="Volunteer", mail="savings", cap=0.0)
A("later_life_advice", ["Later Life Advice Drop-In"],
  ["Information and advice for older people and their families on benefits, care at home, power of attorney and staying safe from scams."],
  ["sp-older-people", "sp-benefits-advice?"], W(["WE", "TU"], ["10:00-12:30"]), venue=("office", "hall"),
  ages=[(60, None)], title="Information and Advice Worker", mail="laterlife", cap=0.2)

# --- housing -----------------------------------------------------------------------------------
A("housing_advice", ["Housing Advice Drop-In"],
  ["Advice on renting, repairs, rent arrears, eviction notices and applying for social housing. Appointments can also be booked by phone."],
  ["sp-housing", "sp-homelessness?"], W(["MO", "WE", "TH"], ["10:00-13:00", "13:30-16:00"]), venue=("office",), route="both",
  ages=[(16, None)], title="Housing Adviser", mail="housing", cap=0.3, modes=("in_person", "phone"), extra="phone")
A("homeless_dropin", ["Breakfast Drop-In", "Homelessness Drop-In"],
  ["A hot breakfast, showers, laundry and clean clothes for people who are homeless or vulnerably housed, with support workers on hand to help with housing."],
  ["sp-homelessness", "sp-community-meals", "sp-food-banks?"], W(["MO,WE,FR", "TU,TH", "MO,TU,WE,TH,FR,SA"], ["8:00-11:00"]),
  venue=("church", "office", "hall"), ages=[(18, None)], title="Support Worker", mail="dropin", cap=0.0)
A("tenancy_support", ["Tenancy Support"],
  ["Practical help to set up and keep a home: budgeting, bills, furniture, dealing with landlords and getting settled. Usually for three to six months."],
  ["sp-housing", "sp-money?"], W([WD], ["9:00-17:00"]), venue=("office",), route="link_worker_referral",
  elig="Referral from a link worker, housing officer or support worker.", ages=[(16, None)], title="Tenancy Support Worker",
  mail="tenancy", cap=0.9)
A("handyperson", ["Handyperson Service", "Small Repairs Service"],
  ["Trusted, DBS-checked handypeople for small jobs such as fitting grab rails, key safes, curtain rails and smoke alarms. Free for people aged 75 and over."],
  ["sp-home-repairs", "sp-older-people?"], W([WD], ["9:00-16:00"]),
  (0.3, [(15, "per hour plus materials; free for over 75s"), (10, "per visit for small jobs")]), venue=("office",),
  route="both", ages=[(60, None), None], title="Handyperson Coordinator", mail="repairs", cap=0.5)
A("home_safety", ["Home Safety Checks"],
  ["A free home visit to spot trip hazards, check smoke alarms and fit simple aids, with advice on keeping warm and safe at home."],
  ["sp-home-repairs", "sp-falls-prevention"], W([WD], ["9:00-16:00"]), venue=("office",), route="both",
  ages=[(65, None)], title="Home Safety Officer", mail="homesafety", cap=0.6)

# --- food --------------------------------------------------------------------------------------
A("food_bank", ["{t} Food Bank", "{t} Emergency Food Parcels"],
  ["Emergency food parcels with three days of nutritionally balanced food, plus toiletries when available. Volunteers can also connect you with money and benefits advice."],
  ["sp-food-banks", "sp-money?"], W(["MO,TH", "TU,FR", "WE", "MO,WE,FR"], ["10:00-12:00", "13:00-15:00"]),
  venue=("church", "hall"), route="both",
  elig="Usually by referral voucher from an agency, GP or link worker; please call if you are not sure.",
  title="Food Bank Coordinator", mail="foodbank", cap=0.0)
A("pantry", ["{t} Community Pantry", "{t} Social Supermarket"],
  ["A members' food pantry: pay a small weekly fee and choose groceries worth much more, including fresh fruit, vegetables and chilled food."],
  ["sp-food-banks", "sp-money?"], W(["TU", "WE", "TH", "FR"], ["10:00-13:00", "14:00-17:00"]),
  (0.0, [(5, "per week membership for about £20 of shopping"), (4, "per visit")]), venue=("hall", "church", "cafe"),
  elig="Open to residents on a low income in the local area. Register on your first visit.", title="Pantry Coordinator",
  mail="pantry", cap=0.4)
A("community_lunch", ["{t} Community Lunch", "Saturday Community Kitchen"],
  ["A free, hot home-cooked meal served by volunteers, with a warm welcome for everyone whatever their situation. Take-away portions available."],
  ["sp-community-meals", "sp-faith-groups?", "sp-loneliness?"], W(["SA", "SU", "WE", "FR"], ["12:00-14:00", "17:00-19:00"]),
  (0.7, [(2, "suggested donation; free if you cannot pay")]), venue=("church", "mosque", "hall"), title="Kitchen Coordinator", mail="kitchen", cap=0.0)
A("cooking_budget", ["Cook on a Budget", "{t} Cook and Eat"],
  ["A six-week practical cookery course for healthy, tasty meals on a tight budget. Cook together, eat together and take a bag of ingredients home each week."],
  ["sp-cooking", "sp-weight-management?", "sp-money?"], W(["TU", "WE", "TH"], ["10:00-12:30", "17:30-19:30"]),
  (0.4, [(10, "for the six-week course, including ingredients"), (1, "per session")]), venue=("hall", "family", "cafe"), route="both", ages=[(16, None)], title="Cookery Tutor", mail="cooking", cap=0.9)
A("family_cooking", ["Family Cooking Club"],
  ["Parents and children cook simple, healthy recipes together and share the meal at the end. All ingredients provided."],
  ["sp-cooking", "sp-parenting-families"], W(["TH", "SA"], ["16:00-18:00", "10:00-12:00"], (2,)),
  (0.5, [(1, "per family")]), venue=("family", "hall"),
  elig="Families with children aged 5 to 12.", title="Family Worker", mail="familycooking", cap=0.8)
A("holiday_club", ["{t} Holiday Club with Lunch"],
  ["Free sports, games and crafts with a healthy lunch during the school holidays. Priority for children eligible for free school meals."],
  ["sp-youth-clubs", "sp-community-meals"], W(["MO,TU,WE,TH"], ["10:00-14:00"]), venue=("youth", "hall", "leisure"),
  ages=[(5, 16)], elig="Children aged 5 to 16. Book through the school or the organiser.", title="Holiday Club Lead",
  mail="holidayclub", cap=0.8)

# --- employment, learning, volunteering --------------------------------------------------------
A("job_club", ["{t} Job Club", "Job Search Drop-In"],
  ["Friendly help with job searching, CVs, online applications and interview practice, with computers and printing available."],
  ["sp-job-search", "sp-digital-skills?"], W(["MO", "TU", "WE", "TH"], ["10:00-12:30", "13:30-15:30"]), venue=("office", "reading", "hall"),
  ages=[(16, None)], title="Employment Adviser", mail="jobs", cap=0.2, multi=(1, 3))
A("cv_support", ["CV and Interview Support"],
  ["One-to-one appointments to write a strong CV, prepare for interviews and plan your next steps. Evening slots available."],
  ["sp-job-search"], W(["TU,TH", "MO,WE"], ["9:30-17:00"]), venue=("office",), ages=[(16, None)], title="Careers Adviser",
  mail="cv", cap=0.5, modes=("in_person", "online"), extra="online")
A("work_skills", ["Work Skills Courses", "Construction Skills (CSCS) Course", "Warehouse and Forklift Skills"],
  ["Short, free courses leading to recognised certificates, including health and safety, first aid and site safety. Travel costs can be covered."],
  ["sp-work-skills", "sp-job-search?"], W(["MO,TU,WE", "TU,WE,TH"], ["9:30-15:00"]), venue=("office",),
  elig="Adults aged 19 and over who are unemployed or on a low income.", ages=[(19, None)], title="Skills Coordinator",
  mail="skills", cap=0.9)
A("employ_mental", ["Employment Support for Mental Health"],
  ["One-to-one support to find or stay in work while managing a mental health condition, working alongside your treatment."],
  ["sp-job-search", "sp-mental-wellbeing"], W([WD], ["9:00-17:00"]), venue=("office",), route="link_worker_referral",
  elig="Adults referred by a link worker, GP or talking therapies service.", ages=[(18, None)], title="Employment Specialist",
  mail="employment", cap=0.9, modes=("in_person", "phone"), extra="phone")
A("volunteer_to_work", ["Volunteering into Work"],
  ["A 12-week supported volunteering placement with training and a reference, for people building confidence to return to work."],
  ["sp-volunteering", "sp-employment"], W([WD], ["9:30-16:00"]), venue=("office",), route="both", ages=[(18, None)],
  title="Volunteer Coordinator", mail="volunteering", cap=0.8)
A("esol_class", ["ESOL Classes", "{t} English Classes"],
  ["Free English classes for adults whose first language is not English, from beginner to intermediate. Assessment on your first visit; a creche is available at some sessions."],
  ["sp-esol", "sp-learning?"], W(["MO,WE", "TU,TH"], ["9:30-11:30", "13:00-15:00"]), venue=("office", "hall", "mosque", "family"),
  ages=[(19, None)], title="ESOL Tutor", mail="esol", cap=0.8)
A("esol_conversation", ["English Conversation Cafe"],
  ["Practise everyday English over tea and cake with friendly volunteers. Relaxed and informal; all levels welcome."],
  ["sp-esol", "sp-refugees?"], W(["WE", "FR", "SA"], ["10:00-12:00", "13:30-15:00"]),
  (0.4, [(1, "suggested donation for refreshments")]), venue=("cafe", "church", "hall"),
  ages=[(16, None)], title="Volunteer Coordinator", mail="conversation", cap=0.1)
A("maths_english", ["Maths and English for Adults", "Brush Up Your Maths"],
  ["Small, friendly classes to build confidence with everyday reading, writing and maths, with free functional skills qualifications."],
  ["sp-basic-skills"], W(["MO", "TU", "WE", "TH"], ["9:30-12:00", "18:00-20:00"]), venue=("office", "reading"),
  ages=[(19, None)], title="Tutor", mail="learning", cap=0.6)
A("short_course", ["Short Courses for Adults", "Learn Something New Tasters"],
  ["Free and low-cost taster courses including photography, languages, local history and mindful drawing. A new programme every term."],
  ["sp-short-courses", "sp-learning"], W(["TU", "WE", "TH"], ["10:00-12:00", "18:30-20:30"]),
  (0.5, [(10, "per short course; free if you receive benefits"), (5, "per taster session")]), venue=("office", "hall", "reading"),
  ages=[(19, None)], title="Learning Coordinator", mail="courses", cap=0.7)
A("online_courses", ["Online Learning Courses"],
  ["Tutor-led courses delivered live online, from confidence-building to digital skills and English. Laptops can be loaned for the length of your course."],
  ["sp-short-courses", "sp-digital-skills?"], W(["TU", "TH"], ["10:00-12:00", "18:30-20:00"]), noloc=True, modes=("online",),
  ages=[(19, None)], title="Online Learning Coordinator", mail="onlinelearning", cap=0.7)
A("volunteer_brokerage", ["Volunteer Matching", "Find a Volunteering Role"],
  ["A friendly chat to find a volunteering role that suits your interests, time and confidence, from charity shops to conservation. Support is available for your first few sessions."],
  ["sp-volunteering"], W(["TU,TH", "MO,WE,FR"], ["10:00-15:00"]), venue=("office",), route="both", ages=[(16, None)],
  title="Volunteer Coordinator", mail="volunteer", cap=0.1, modes=("in_person", "online"), extra="online")
A("volunteer_online", ["Online Volunteering Opportunities"],
  ["Search local volunteering opportunities online and book a call with an adviser. Includes roles you can do from home."],
  ["sp-volunteering"], W([WD], ["9:00-17:00"]), noloc=True, modes=("online",), ages=[(16, None)], title="Volunteer Coordinator",
  mail="opportunities", cap=0.0)
A("volunteer_taster", ["Volunteer Taster Days"],
  ["Try out volunteering for a day alongside others, with tasks ranging from gardening to helping at a community cafe. Lunch provided."],
  ["sp-volunteering", "sp-social-groups?"], M(["2WE", "3SA", "1TH"], ["10:00-14:00"]), venue=("hall", "garden"),
  ages=[(16, None)], title="Volunteer Coordinator", mail="taster", cap=0.6)
A("youth_volunteering", ["Young Volunteers Programme"],
  ["Young people plan and run community projects, gaining skills, confidence and certificates for their CV."],
  ["sp-volunteering", "sp-young-people"], W(["WE", "TH"], ["17:00-19:00"]), venue=("youth", "hall"), ages=[(13, 19)],
  title="Youth Worker", mail="youngvolunteers", cap=0.5)

# --- carers and bereavement -------------------------------------------------------------------
A("carers_group", ["{t} Carers Support Group", "{t} Carers' Coffee Morning"],
  ["A monthly get-together for unpaid carers to share experiences, pick up information and enjoy time for themselves. Guest speakers on topics such as benefits and respite."],
  ["sp-carers", "sp-coffee-mornings?", "sp-peer-support?"], M(MONTHLY_DAYS, ["10:00-12:00", "13:30-15:30"]),
  (0.6, [(1, "for refreshments")]), venue=("hall", "church", "office", "cafe"), elig="Anyone who looks after a family member, partner or friend.",
  title="Carers Support Worker", mail="carers", cap=0.1, multi=(1, 3))
A("carers_helpline", ["Carers Advice Line"],
  ["Advice for unpaid carers on benefits, carer's assessments, breaks and looking after your own health. Call back service if lines are busy."],
  ["sp-carers", "sp-benefits-advice?"], W([WD], ["9:00-16:30"]), noloc=True, modes=("phone",), title="Carers Adviser",
  mail="carersline", cap=0.0)
A("carers_break", ["Carers' Pamper Afternoons", "Carers' Days Out"],
  ["Relaxing afternoons and occasional days out for unpaid carers, with treatments, lunch and good company. Replacement care can sometimes be arranged."],
  ["sp-carer-breaks", "sp-carers"], M(["2WE", "3TH", "-1FR"], ["13:00-16:00"]), venue=("hall", "cafe"),
  route="both", title="Carers Support Worker", mail="carerbreaks", cap=0.7)
A("sitting_service", ["Sitting Service for Carers"],
  ["A trained volunteer or care worker sits with the person you care for so that you can take a few hours' break."],
  ["sp-carer-breaks"], W([WD], ["9:00-17:00"]), (0.5, [(8, "per hour; first four hours free")]), venue=("office",),
  route="both", title="Service Coordinator", mail="sitting", cap=0.8)
A("young_carers", ["Young Carers Club"],
  ["A fortnightly club for young carers to have fun, make friends and get a break from caring, plus one-to-one support when it is needed."],
  ["sp-young-carers", "sp-youth-clubs?"], W(["WE", "TU"], ["17:00-19:00"], (2,)), venue=("youth", "hall"), ages=[(8, 18)],
  route="both", elig="Children and young people aged 8 to 18 who help look after someone at home.", title="Young Carers Worker",
  mail="youngcarers", cap=0.6)
A("dementia_carers", ["Dementia Carers Group"],
  ["Support and information for people caring for someone with dementia, with visiting speakers and time to talk to others in the same position."],
  ["sp-dementia", "sp-carers"], M(MONTHLY_DAYS, ["10:00-12:00", "18:30-20:00"]), venue=("hall", "church", "office"),
  title="Dementia Support Worker", mail="dementiacarers", cap=0.2)
A("parent_carers", ["Parent Carers Coffee Morning"],
  ["A relaxed coffee morning for parents and carers of children with additional needs, to share tips and support. Information on local services and benefits."],
  ["sp-carers", "sp-learning-disability"], M(["1WE", "2TH", "3FR"], ["9:30-11:30"]), venue=("family", "hall", "cafe"),
  title="Parent Carer Worker", mail="parentcarers", cap=0.1)
A("bereavement_cafe", ["{t} Bereavement Cafe", "{t} Grief Cafe"],
  ["A gentle space to talk about someone who has died, or simply sit with others who understand, over tea and cake. Volunteers are trained in bereavement support."],
  ["sp-bereavement", "sp-coffee-mornings?"], M(MONTHLY_DAYS, ["10:30-12:00", "14:00-16:00"]),
  (0.7, [(1, "suggested donation for refreshments")]), venue=("church", "cafe", "hall"),
  ages=[(18, None)], title="Bereavement Volunteer", mail="bereavement", cap=0.0)
A("bereavement_group", ["Bereavement Support Group"],
  ["An eight-week closed group for adults bereaved more than three months ago, gently exploring grief and ways to cope. A short chat beforehand makes sure it is right for you."],
  ["sp-bereavement", "sp-peer-support"], W(["TU", "TH"], ["18:30-20:00", "14:00-15:30"]), venue=("office", "church"),
  route="both", ages=[(18, None)], title="Bereavement Coordinator", mail="griefsupport", cap=0.9)
A("bereavement_phone", ["Bereavement Support Line"],
  ["Talk to a trained volunteer about your loss, or arrange regular calls with the same person. Open to anyone bereaved, however long ago."],
  ["sp-bereavement"], W([WD], ["10:00-16:00"]), noloc=True, modes=("phone",), ages=[(18, None)],
  title="Bereavement Coordinator", mail="bereavementline", cap=0.0)
A("bereavement_walk", ["Walk and Remember"],
  ["A gentle monthly walk for bereaved people, walking and talking with others who understand, finishing at a cafe."],
  ["sp-bereavement", "sp-walking-groups"], M(["1SU", "2SA", "3WE"], ["10:30-12:00"]), venue=("park",), ages=[(18, None)],
  title="Walk Leader", mail="walkandremember", cap=0.0)
A("bereavement_online", ["Online Grief Support Group"],
  ["A facilitated online group for adults who are grieving, meeting by video every fortnight. Particularly suited to people who work or care for others during the day."],
  ["sp-bereavement", "sp-peer-support"], W(["WE"], ["19:00-20:30"], (2,)), noloc=True, modes=("online",), ages=[(18, None)],
  title="Bereavement Coordinator", mail="onlinegrief", cap=0.6)

# --- long-term conditions ----------------------------------------------------------------------
A("memory_cafe", ["{t} Memory Cafe", "Community Memory Cafes"],
  ["A relaxed, dementia-friendly cafe for people with memory problems and their families, with music, quizzes, crafts and information from staff who understand."],
  ["sp-memory-cafes", "sp-dementia", "sp-carers?"], M(MONTHLY_DAYS, ["13:30-15:30", "10:00-12:00"]),
  (0.6, [(2, "per person, carers free"), (1.5, "per person, includes tea and cake")]), venue=("hall", "church", "cafe"), elig="People with memory problems or dementia and anyone who cares for them.",
  title="Memory Cafe Coordinator", mail="memorycafe", cap=0.2, multi=(2, 3))
A("dementia_advice", ["Dementia Advice Drop-In"],
  ["Information and advice after a dementia diagnosis or while waiting for an assessment: what to expect, benefits, legal matters and local support."],
  ["sp-dementia"], W(["WE", "MO"], ["10:00-13:00"]), venue=("office",), title="Dementia Adviser", mail="dementiaadvice",
  cap=0.3, modes=("in_person", "phone"), extra="phone")
A("breathe_group", ["Breathe Better Group"],
  ["A friendly support and exercise group for people living with COPD and other lung conditions, with a physiotherapist visiting monthly."],
  ["sp-heart-lung", "sp-peer-support?"], W(["TU", "TH"], ["13:30-15:00"], (1, 2)), venue=("hall", "church", "leisure"),
  route="both", ages=[(18, None)], title="Group Coordinator", mail="breathe", cap=0.3)
A("cardiac_exercise", ["Heart Health Exercise Class"],
  ["A supervised exercise class for people who have completed cardiac rehabilitation or live with a heart condition. Instructors are trained in cardiac exercise."],
  ["sp-heart-lung", "sp-exercise-classes"], W(["MO", "WE", "FR"], ["10:00-11:00", "11:00-12:00"]),
  (0.3, [(3, "per class")]), venue=("leisure",), route="link_worker_referral",
  elig="Referral from a GP, cardiac nurse or link worker.", ages=[(18, None)], title="Cardiac Exercise Instructor",
  mail="hearthealth", cap=0.8)
A("stroke_club", ["Stroke Survivors Club"],
  ["A social and support club for people who have had a stroke and their carers, with communication-friendly activities and speakers."],
  ["sp-heart-lung", "sp-peer-support"], W(["TH", "TU"], ["13:30-15:30"], (2,)), venue=("hall", "church"),
  ages=[(18, None)], title="Club Coordinator", mail="stroke", cap=0.2)
A("pain_group", ["Living Well with Pain Group"],
  ["A peer support group for people with persistent pain, sharing practical tips on pacing, sleep and staying active, with occasional expert talks."],
  ["sp-chronic-pain", "sp-peer-support"], W(["WE", "TU"], ["13:30-15:00", "18:30-20:00"], (2,)), venue=("hall", "office"),
  ages=[(18, None)], title="Group Facilitator", mail="pain", cap=0.2, modes=("in_person", "online"), extra="online")
A("arthritis_exercise", ["Gentle Exercise for Arthritis"],
  ["Gentle joint-friendly movement to help with stiffness and pain, taught by an instructor experienced in working with arthritis."],
  ["sp-chronic-pain", "sp-exercise-classes"], W(["TU", "TH"], ["10:30-11:30"]), (0.5, [(2.5, "per class")]),
  venue=("hall", "leisure"), ages=[(18, None)], title="Exercise Instructor", mail="arthritis", cap=0.5)
A("diabetes_group", ["Diabetes Support Group"],
  ["Monthly meetings for people living with diabetes and their families, with talks from nurses, dietitians and podiatrists and time for questions."],
  ["sp-diabetes", "sp-peer-support?"], M(MONTHLY_DAYS, ["18:30-20:00", "14:00-15:30"]), venue=("hall", "office"),
  ages=[(18, None)], title="Group Coordinator", mail="diabetes", cap=0.0)
A("diabetes_prevention", ["Healthy Lifestyle Course for Pre-Diabetes"],
  ["A nine-month group course helping people at risk of type 2 diabetes to eat well, move more and lose weight, with regular check-ins."],
  ["sp-diabetes", "sp-weight-management"], W(["TU", "WE"], ["10:00-11:30", "18:00-19:30"], (2,)), venue=("hall", "office"),
  route="link_worker_referral", elig="Adults with a raised blood sugar reading, referred by their GP practice or link worker.",
  ages=[(18, None)], title="Health Coach", mail="healthylifestyle", cap=0.9)
A("cancer_support", ["Cancer Support Drop-In", "Cancer Support Group"],
  ["Information, a listening ear and practical help for anyone affected by cancer, including family and friends. Benefits advice is available on the first Tuesday."],
  ["sp-cancer-support"], W(["TU", "WE", "TH"], ["10:00-13:00"]), venue=("office", "cafe", "hall"), title="Cancer Support Worker",
  mail="cancer", cap=0.1)
A("cancer_exercise", ["Moving On After Cancer"],
  ["A gentle 10-week activity programme to rebuild strength and confidence during and after cancer treatment."],
  ["sp-cancer-support", "sp-exercise-classes"], W(["MO", "TH"], ["11:00-12:00"]), venue=("leisure", "hall"),
  route="link_worker_referral", elig="Referral from a cancer nurse specialist, GP or link worker.", ages=[(18, None)],
  title="Exercise Specialist", mail="movingon", cap=0.9)
A("ltc_self_management", ["Living Well with a Long-Term Condition"],
  ["A free six-week self-management course for anyone living with a long-term health condition, covering pain, fatigue, low mood and talking to health professionals."],
  ["sp-long-term-conditions", "sp-short-courses?"], W(["TU", "WE", "TH"], ["10:00-12:30"]), venue=("office", "hall"),
  route="both", ages=[(18, None)], title="Programme Coordinator", mail="livingwell", cap=0.9,
  modes=("in_person", "online"), extra="online")
A("health_mot", ["Community Health MOT"],
  ["Free blood pressure, weight and lifestyle checks in the community, with advice and signposting from a health trainer. No appointment needed."],
  ["sp-healthy-lifestyles", "sp-long-term-conditions?"], M(["1MO", "2WE", "3FR", "-1TU"], ["10:00-13:00"]),
  venue=("hall", "reading", "cafe"), ages=[(18, None)], title="Health Trainer", mail="healthmot", cap=0.0, multi=(1, 2))

# --- substance use -----------------------------------------------------------------------------
A("alcohol_group", ["Alcohol Recovery Group", "Cut Down Drinking Group"],
  ["A weekly group for people who want to cut down or stop drinking, using practical tools and mutual support. Drop in or ask for a one-to-one chat first."],
  ["sp-alcohol", "sp-peer-support"], W(["MO", "TH"], ["18:00-19:30", "13:00-14:30"]), venue=("office", "hall"),
  route="both", ages=[(18, None)], title="Recovery Worker", mail="recovery", cap=0.1)
A("recovery_cafe", ["Recovery Cafe"],
  ["A dry cafe run by people in recovery from drugs and alcohol, with food, music and mutual aid meetings. Families and friends welcome."],
  ["sp-alcohol", "sp-drugs", "sp-community-cafes"], W(["FR,SA", "SA"], ["12:00-17:00"]), venue=("cafe",),
  ages=[(18, None)], title="Cafe Coordinator", mail="recoverycafe", cap=0.0)
A("drug_support", ["Drug Support Drop-In", "Harm Reduction Drop-In"],
  ["Confidential, non-judgemental advice on drugs, harm reduction and treatment options, with naloxone training and supplies."],
  ["sp-drugs"], W(["MO,WE,FR", "TU,TH"], ["10:00-13:00"]), venue=("office",), ages=[(18, None)], title="Recovery Worker",
  mail="drugsupport", cap=0.0)
A("family_affected", ["Families Affected by Addiction Group"],
  ["Support for parents, partners and relatives of someone who uses drugs or alcohol, focusing on looking after yourself."],
  ["sp-substance-use", "sp-carers?", "sp-peer-support?"], W(["WE"], ["18:30-20:00"], (2,)), venue=("office", "hall"),
  ages=[(18, None)], title="Family Support Worker", mail="families", cap=0.2)
A("recovery_walk", ["Recovery Walking Group"],
  ["A weekly walk for people in recovery from drugs or alcohol, building routine, fitness and friendships along the way."],
  ["sp-alcohol", "sp-walking-groups"], W(["WE", "SA"], ["10:00-11:30"]), venue=("park",), ages=[(18, None)],
  title="Peer Mentor", mail="recoverywalk", cap=0.0)
A("gambling_group", ["Gambling Support Group"],
  ["A peer support group for people affected by gambling, run by people who have been there. Free, confidential and no need to give your full name."],
  ["sp-gambling", "sp-peer-support"], W(["TU", "TH"], ["18:30-20:00"]), venue=("office", "hall"), ages=[(18, None)],
  title="Peer Support Worker", mail="gambling", cap=0.1)
A("gambling_online", ["Online Gambling Support"],
  ["One-to-one support by video or web chat for people harmed by gambling and those close to them, including help with blocking software and money."],
  ["sp-gambling"], W([WD], ["10:00-20:00"]), noloc=True, modes=("online",), ages=[(18, None)], title="Gambling Support Worker",
  mail="gamblingchat", cap=0.5)

# --- digital inclusion -------------------------------------------------------------------------
A("digital_dropin", ["Digital Drop-In", "{t} Tech Help Drop-In", "Get Online Sessions"],
  ["Bring your phone, tablet or laptop and get patient, one-to-one help with email, video calls, online shopping, the NHS App and more."],
  ["sp-digital-skills", "sp-older-people?"], W(["MO", "TU", "WE", "TH", "FR"], ["10:00-12:00", "13:30-15:30"]),
  venue=("reading", "hall", "cafe", "office"), title="Digital Champion", mail="digital", cap=0.1, multi=(2, 4))
A("digital_phone", ["Digital Helpline"],
  ["Free phone support from friendly volunteers to help you use your phone, tablet or computer, step by step at your own pace."],
  ["sp-digital-inclusion"], W([WD], ["10:00-16:00"]), noloc=True, modes=("phone",), title="Digital Coordinator",
  mail="digitalline", cap=0.0)
A("device_lending", ["Device and Data Loans", "Free SIM and Data Bank"],
  ["Free SIM cards with mobile data and loaned tablets or laptops for people who cannot afford to get online, with help to get started."],
  ["sp-devices-data", "sp-digital-skills?"], W(["TU", "TH"], ["10:00-15:00"]), venue=("office", "reading"), route="both",
  elig="Residents on a low income; referral from a link worker or support agency helps but is not essential.",
  ages=[(16, None)], title="Digital Inclusion Officer", mail="devices", cap=0.6)
A("nhs_app_help", ["NHS App Help Sessions"],
  ["Get set up on the NHS App to order repeat prescriptions, book appointments and see your records, with help from trained volunteers."],
  ["sp-digital-skills", "sp-long-term-conditions?"], M(["1TU", "2WE", "3TH"], ["10:00-12:00"]), venue=("reading", "hall", "office"),
  ages=[(16, None)], title="Digital Champion", mail="nhsapp", cap=0.3)
A("online_safety", ["Staying Safe Online"],
  ["A short course on spotting scams, creating strong passwords and shopping and banking safely online."],
  ["sp-digital-skills", "sp-older-people?"], W(["WE"], ["10:00-12:00"], (2,)), venue=("reading", "hall"),
  title="Digital Champion", mail="onlinesafety", cap=0.6)

# --- parenting and families --------------------------------------------------------------------
A("toddler_group", ["{t} Stay and Play", "{t} Little Stars Toddler Group", "{t} Baby and Toddler Group"],
  ["A friendly stay-and-play session with toys, messy play, songs and a healthy snack. A great way for parents and carers to meet others."],
  ["sp-parent-toddler"], W(DAYS_ALL, ["9:30-11:30", "10:00-11:30", "13:00-14:30"]),
  (0.15, [(1, "per family, includes snack"), (1.5, "per family")]), venue=("church", "hall", "family"), ages=[(0, 4)],
  elig="Parents and carers with children under five.", title="Group Leader", mail="toddlers", cap=0.2)
A("baby_massage", ["Baby Massage Course"],
  ["A five-week course teaching gentle baby massage to help with sleep, wind and bonding. Oils provided."],
  ["sp-parent-toddler", "sp-parenting-support"], W(["MO", "WE", "TH"], ["10:00-11:00", "13:30-14:30"]), venue=("family",),
  ages=[(0, 1)], elig="Parents and carers with babies aged six weeks to crawling.", title="Family Worker", mail="babymassage", cap=0.9)
A("parenting_course", ["Parenting Course", "Understanding Your Child Course"],
  ["A ten-week group course for parents and carers on understanding behaviour, building routines and staying calm. Creche available."],
  ["sp-parenting-support"], W(["TU", "WE", "TH"], ["9:30-11:30", "18:00-20:00"]), venue=("family", "hall"), route="both",
  ages=[(16, None)], title="Parenting Practitioner", mail="parenting", cap=0.9)
A("dads_group", ["{t} Dads and Kids Saturday Club"],
  ["Dads, grandads and male carers play, build and cook with their children, and have a brew with other dads."],
  ["sp-parenting-support", "sp-parent-toddler?"], M(["1SA", "2SA", "3SA"], ["10:00-12:00"]),
  (0.4, [(1, "per family, includes breakfast")]), venue=("family", "hall"),
  ages=[(0, 11)], elig="Dads and male carers with children up to age 11.", title="Family Worker", mail="dads", cap=0.3)
A("breastfeeding", ["Infant Feeding Support Group"],
  ["Friendly support for all feeding journeys, with trained peer supporters and a midwife visiting monthly. Partners welcome."],
  ["sp-parenting-support", "sp-parent-toddler"], W(["TU", "TH", "FR"], ["10:00-11:30"]), venue=("family",), ages=[(0, 2)],
  title="Peer Supporter", mail="feeding", cap=0.05)
A("family_fun", ["{t} Family Fun Club"],
  ["Games, crafts, sport and a snack for the whole family, after school or on Saturday mornings. Free and no need to book."],
  ["sp-parenting-families", "sp-young-people"], W(["FR", "SA"], ["16:00-18:00", "10:00-12:00"]),
  (0.5, [(1, "per child"), (2, "per family")]), venue=("family", "hall", "leisure"),
  elig="Families with children aged 4 to 12.", title="Family Worker", mail="familyfun", cap=0.1)
A("inclusive_play", ["Inclusive Play Session"],
  ["Sensory play and soft play for children with additional needs and their siblings, in a calm, understanding space."],
  ["sp-learning-disability", "sp-parent-toddler"], W(["SA", "WE"], ["10:00-12:00", "16:00-17:30"], (2,)),
  venue=("family", "leisure"), ages=[(0, 11)], title="Play Worker", mail="play", cap=0.5)

# --- faith, culture, refugees ------------------------------------------------------------------
A("quiet_space", ["Quiet Space for Reflection"],
  ["The building is open for quiet reflection, prayer or simply a peaceful sit, with someone available to talk if you wish. Open to people of all faiths and none."],
  ["sp-faith-groups", "sp-mindfulness?"], W(["WE", "FR", "MO"], ["12:00-14:00"]), venue=("church",),
  title="Minister", mail="quietspace", cap=0.0)
A("womens_cultural", ["{t} Asian Women's Group", "Sisters' Circle"],
  ["A welcoming women's group with health talks, sewing, gentle exercise and trips, in English, Urdu and Punjabi."],
  ["sp-cultural-groups", "sp-social-groups", "sp-peer-support?"], W(["TU", "WE", "TH"], ["10:00-12:30"]), venue=("mosque", "hall", "family"),
  elig="Women aged 18 and over.", ages=[(18, None)], title="Women's Worker", mail="sisters", cap=0.3)
A("roma_group", ["Roma Families Drop-In"],
  ["Advice, form-filling help and activities for Slovak and Czech Roma families, with workers who speak Slovak, Czech and Romani."],
  ["sp-cultural-groups", "sp-parenting-families", "sp-benefits-advice?"], W(["MO,WE", "TU"], ["10:00-14:00"]),
  venue=("office", "family", "hall"), title="Community Development Worker", mail="roma", cap=0.1)
A("polish_club", ["Polish Community Social"],
  ["A monthly social for Polish speakers and friends, with food, music and information about local services."],
  ["sp-cultural-groups", "sp-social-groups?"], M(["1SA", "2SU", "-1SA"], ["15:00-18:00"]), venue=("hall", "church"),
  title="Club Chair", mail="polish", cap=0.0)
A("refugee_welcome", ["New Neighbours Welcome Cafe"],
  ["A weekly cafe for refugees, people seeking asylum and anyone new to the area, with English practice, advice and children's activities."],
  ["sp-refugees", "sp-esol?", "sp-community-cafes?"], W(["TU", "TH", "WE"], ["13:00-15:30", "10:00-12:30"]), venue=("church", "cafe", "hall"),
  title="Welcome Coordinator", mail="welcome", cap=0.0)
A("refugee_advice", ["Asylum and Immigration Advice Signposting"],
  ["Help to understand letters from the Home Office, register with a GP and school, and find regulated immigration advice. Interpreters available."],
  ["sp-refugees", "sp-housing?"], W(["MO", "TH"], ["10:00-13:00"]), venue=("office",), route="both",
  title="Casework Coordinator", mail="asylumadvice", cap=0.3)
A("mosque_lunch", ["Community Kitchen Open Lunch"],
  ["A free community lunch open to everyone, regardless of faith, with curry, rice and a warm welcome. Takeaway portions for anyone who cannot stay."],
  ["sp-community-meals", "sp-faith-culture"], W(["FR", "SA", "SU"], ["13:00-15:00"]), venue=("mosque",),
  title="Kitchen Coordinator", mail="kitchen", cap=0.0)
A("womens_walk", ["{t} Sisters' Walking Group"],
  ["A women-only walking group at a gentle pace, with a female walk leader and a chat over tea afterwards. Modest dress is no problem."],
  ["sp-walking-groups", "sp-cultural-groups?"], W(["TU", "SA", "TH"], ["10:00-11:00"]), venue=("park",), ages=[(16, None)],
  title="Walk Leader", mail="womenswalk", cap=0.05)

# --- young people ------------------------------------------------------------------------------
A("youth_club", ["{t} Youth Club", "{t} Junior Youth Club", "{t} Friday Night Youth Club"],
  ["A safe, fun place for young people to meet friends, play pool and sport, cook and take part in trips, with qualified youth workers to talk to."],
  ["sp-youth-clubs"], W(["TU,TH", "MO,WE", "FR", "WE"], ["18:00-20:00", "18:30-21:00", "16:00-18:00"]),
  (0.25, [(0.5, "per session"), (1, "per session, includes a snack")]), venue=("youth", "hall", "church", "mosque"),
  ages=[(11, 18), (8, 12), (11, 16)], title="Youth Worker", mail="youth", cap=0.1)
A("youth_sport", ["{t} Street Sport"],
  ["Free football, basketball and multi-sports sessions for young people, run by qualified coaches. Just turn up in trainers."],
  ["sp-youth-clubs", "sp-sport"], W(["MO", "WE", "FR"], ["17:00-19:00", "18:00-20:00"]), venue=("pitch", "leisure"),
  ages=[(10, 18)], title="Sports Coach", mail="streetsport", cap=0.05)
A("youth_arts", ["{t} Youth Arts and Music Project"],
  ["Young people write songs, record music, make films and create art with professional artists, with a showcase at the end of each term."],
  ["sp-youth-clubs", "sp-arts-creativity"], W(["TU", "TH"], ["17:00-19:30"]), (0.3, [(1, "per session")]), venue=("youth", "hall"),
  ages=[(12, 19)], title="Youth Arts Worker", mail="youtharts", cap=0.5)
A("youth_wellbeing", ["Young People's Wellbeing Group", "Teen Talk"],
  ["A small group for young people dealing with stress, worry, friendship problems or low confidence, with activities and one-to-one check-ins."],
  ["sp-youth-wellbeing", "sp-anxiety-low-mood?"], W(["WE", "TH"], ["16:30-18:00"]), venue=("youth", "office"), route="both",
  ages=[(11, 18)], title="Youth Wellbeing Worker", mail="teentalk", cap=0.8)
A("youth_online", ["Online Chat Support for Young People"],
  ["Confidential web chat with trained youth workers about anything that is worrying you, from school and exams to family and friendships."],
  ["sp-youth-wellbeing", "sp-young-people"], W([WD], ["16:00-21:00"]), noloc=True, modes=("online",), ages=[(11, 25)], title="Youth Worker",
  mail="chat", cap=0.0)
A("lgbt_youth", ["LGBTQ+ Youth Group"],
  ["A safe, welcoming group for LGBTQ+ young people and those who are questioning, with games, trips and support."],
  ["sp-youth-wellbeing", "sp-youth-clubs"], W(["TU", "WE"], ["18:00-20:00"]), venue=("youth", "office"), ages=[(13, 19)],
  title="Youth Worker", mail="lgbtyouth", cap=0.1)

# --- healthy lifestyles, domestic abuse, disability --------------------------------------------
A("weight_group", ["{t} Healthy Weight Group", "Fit and Well Club"],
  ["A supportive weekly group with a weigh-in, healthy eating tips and a short activity session. No strict diets and no judgement."],
  ["sp-weight-management", "sp-healthy-lifestyles?"], W(["MO", "TU", "WE", "TH"], ["10:00-11:30", "18:00-19:30"]),
  (0.6, [(3, "per weekly session"), (2, "per session")]), venue=("hall", "leisure", "church"), route="both",
  ages=[(18, None)], title="Health Trainer", mail="healthyweight", cap=0.6, multi=(1, 2))
A("stop_smoking", ["Stop Smoking Drop-In"],
  ["Free one-to-one support and nicotine replacement or vapes to help you quit smoking, from trained advisers. You are up to three times more likely to quit with support."],
  ["sp-stop-smoking"], W(["MO", "WE", "TH", "FR"], ["9:30-12:30", "13:30-16:30"]), venue=("office", "hall", "reading"),
  route="both", ages=[(12, None)], title="Stop Smoking Adviser", mail="quit", cap=0.2, multi=(2, 3))
A("smoking_phone", ["Quit Smoking Support Line"],
  ["Weekly phone support from a stop smoking adviser, with free nicotine replacement posted to your home."],
  ["sp-stop-smoking"], W([WD], ["9:00-17:00"]), noloc=True, modes=("phone",), ages=[(12, None)], title="Stop Smoking Adviser",
  mail="quitline", cap=0.0)
A("da_helpline", ["Domestic Abuse Support Line"],
  ["Confidential support and safety planning for anyone affected by domestic abuse, including help to find refuge. In an emergency always call 999."],
  ["sp-domestic-abuse"], W([WD], ["9:00-17:00"]), noloc=True, modes=("phone",), ages=[(16, None)],
  title="Independent Domestic Violence Adviser", mail="support", cap=0.0)
A("da_group", ["Moving Forward Group"],
  ["A 12-week group for women recovering from domestic abuse, exploring healthy relationships and rebuilding confidence. The venue is shared on booking."],
  ["sp-domestic-abuse", "sp-peer-support"], W(["TU", "WE"], ["10:00-12:30"]), venue=("office",), route="both",
  ages=[(18, None)], elig="Women aged 18 and over who are no longer living with the abuser.", title="Group Facilitator",
  mail="movingforward", cap=0.8)
A("da_dropin", ["Domestic Abuse Advice Drop-In"],
  ["Speak privately to a trained adviser about your relationship, your options and staying safe. Children's play area available."],
  ["sp-domestic-abuse"], W(["TH", "MO"], ["10:00-13:00"]), venue=("office", "family"), ages=[(16, None)],
  title="Outreach Worker", mail="dropin", cap=0.0)
A("ld_social", ["{t} Friday Disco Club", "Inclusive Social Club"],
  ["A lively social club for adults with a learning disability or autism, with discos, karaoke, games and trips. Support workers and carers welcome."],
  ["sp-learning-disability", "sp-social-groups"], W(["FR", "WE"], ["18:30-21:00", "13:00-15:30"], (1, 2)), (0.3, [(3, "per session, includes a drink")]),
  venue=("hall", "leisure"), ages=[(16, None)], title="Club Organiser", mail="socialclub", cap=0.1)
A("autism_support", ["Autism Family Support Group"],
  ["Support for parents and carers of autistic children and young people, before or after diagnosis, with speakers and time to talk."],
  ["sp-learning-disability", "sp-parenting-support"], M(["1TU", "2TH", "3WE"], ["10:00-12:00", "18:30-20:00"]),
  venue=("family", "office"), title="Family Support Worker", mail="autism", cap=0.0)
A("inclusive_sport", ["Inclusive Sport Session"],
  ["Adapted multi-sports including boccia, new age kurling and seated volleyball for disabled adults of all abilities."],
  ["sp-disability", "sp-sport"], W(["WE", "TH"], ["13:30-15:00"]), (0.5, [(2, "per session")]), venue=("leisure",),
  ages=[(16, None)], title="Inclusive Sport Coach", mail="inclusivesport", cap=0.3)
A("sensory_group", ["Sight Loss Support Group"],
  ["A friendly group for people living with sight loss, with talks, technology demonstrations and outings. Guiding help from the bus stop on request."],
  ["sp-sensory-loss", "sp-peer-support?"], M(MONTHLY_DAYS, ["13:30-15:30"]), venue=("hall", "office"), title="Group Coordinator",
  mail="sightloss", cap=0.0)
A("hearing_dropin", ["Hearing Aid Maintenance Drop-In"],
  ["Free re-tubing, batteries and cleaning for NHS hearing aids, plus advice on equipment for people with hearing loss."],
  ["sp-sensory-loss"], M(["1MO", "2TU", "3WE", "-1TH"], ["10:00-12:00"]), venue=("hall", "reading", "office"),
  title="Volunteer", mail="hearing", cap=0.0, multi=(2, 3))
A("deaf_cafe", ["Deaf Social Cafe"],
  ["A monthly social for Deaf and hard of hearing people and BSL learners. British Sign Language used throughout."],
  ["sp-sensory-loss", "sp-social-groups"], M(["1TH", "-1FR"], ["18:00-20:30"]), venue=("cafe", "hall"), title="Organiser",
  mail="deafcafe", cap=0.0)


# --- remote-only (no location) services -------------------------------------------------------
A("online_mindfulness", ["Online Mindfulness Sessions"],
  ["Live 30-minute guided mindfulness sessions by video, to help with stress, worry and sleep. Join with your camera off if you prefer."],
  ["sp-mindfulness", "sp-anxiety-low-mood?"], W(["MO", "WE"], ["12:30-13:00", "19:30-20:00"]), noloc=True, modes=("online",),
  ages=[(16, None)], title="Mindfulness Teacher", mail="onlinemindfulness", cap=0.3)
A("carers_online", ["Carers Online Cafe"],
  ["A relaxed online get-together for unpaid carers who can't easily leave the house. Chat, share tips and hear from guest speakers."],
  ["sp-carers", "sp-peer-support?"], W(["TH"], ["19:00-20:00", "13:00-14:00"], (2,)), noloc=True, modes=("online",),
  title="Carers Support Worker", mail="carersonline", cap=0.2)
A("online_parenting", ["Online Parenting Course"],
  ["A free eight-week online course for parents and carers of children of any age, covering feelings, behaviour and family relationships. Work through it at your own pace with optional live sessions."],
  ["sp-parenting-support"], W(["TU"], ["19:30-20:30"]), noloc=True, modes=("online",), ages=[(16, None)],
  title="Parenting Practitioner", mail="onlineparenting", cap=0.0)
A("feeding_helpline", ["Infant Feeding Helpline"],
  ["Phone support from trained peer supporters for any feeding worries, breast or bottle, including evenings and weekends."],
  ["sp-parenting-support", "sp-parent-toddler?"], W(["MO,TU,WE,TH,FR,SA,SU"], ["9:00-21:00"]), noloc=True, modes=("phone",),
  title="Peer Support Coordinator", mail="feedingline", cap=0.0)
A("online_chair_exercise", ["Live Online Chair Exercise"],
  ["Follow a qualified instructor from your own living room in this live seated exercise class by video. A volunteer can help you get set up the first time."],
  ["sp-chair-exercise", "sp-older-people?"], W(["TU", "FR"], ["10:30-11:15"]), (0.7, [(2, "per class")]), noloc=True,
  modes=("online",), title="Exercise Instructor", mail="onlineexercise", cap=0.5)
A("activity_phone", ["Get Active Phone Coaching"],
  ["Six phone calls with an activity coach who helps you find ways to move more that suit your health, interests and budget."],
  ["sp-physical-activity", "sp-long-term-conditions?"], W([WD], ["9:00-17:00"]), noloc=True, modes=("phone",), route="both",
  ages=[(18, None)], title="Activity Coach", mail="coaching", cap=0.5)
A("online_esol", ["Online English Classes"],
  ["Live English classes by video for adults who cannot get to a classroom, from beginner to intermediate. Free tablets and data can be loaned."],
  ["sp-esol"], W(["MO,WE", "TU,TH"], ["10:00-11:30", "18:30-20:00"]), noloc=True, modes=("online",), ages=[(19, None)],
  title="ESOL Tutor", mail="onlineesol", cap=0.7)
A("online_job_club", ["Online Job Club"],
  ["A weekly online job club with live vacancies, application tips and a chance to ask advisers questions."],
  ["sp-job-search", "sp-employment?"], W(["WE"], ["10:00-11:30"]), noloc=True, modes=("online",), ages=[(16, None)],
  title="Employment Adviser", mail="onlinejobs", cap=0.3)
A("dementia_line", ["Dementia Support Line"],
  ["Talk to a dementia adviser about memory worries, a new diagnosis, caring, or what support is available locally."],
  ["sp-dementia", "sp-carers?"], W([WD], ["9:00-17:00"]), noloc=True, modes=("phone",), title="Dementia Adviser",
  mail="dementialine", cap=0.0)
A("online_recovery", ["Online Recovery Meetings"],
  ["Evening mutual aid meetings by video for people in recovery from drugs or alcohol, facilitated by trained peers."],
  ["sp-alcohol", "sp-drugs", "sp-peer-support?"], W(["MO,TH", "SU"], ["19:30-21:00"]), noloc=True, modes=("online",),
  ages=[(18, None)], title="Peer Mentor", mail="onlinerecovery", cap=0.0)
A("online_cancer", ["Online Cancer Support Group"],
  ["A monthly video support group for people living with or after cancer, with occasional guest nurses and therapists."],
  ["sp-cancer-support", "sp-peer-support?"], M(["2TU", "3WE"], ["18:30-20:00"]), noloc=True, modes=("online",),
  ages=[(18, None)], title="Cancer Support Worker", mail="onlinecancer", cap=0.0)
A("housing_line", ["Housing Advice Line"],
  ["Phone advice on rent arrears, eviction, disrepair and homelessness, with same-day call-backs for urgent cases."],
  ["sp-housing", "sp-homelessness?"], W([WD], ["9:00-17:00"]), noloc=True, modes=("phone",), ages=[(16, None)],
  title="Housing Adviser", mail="housingline", cap=0.0)
A("virtual_coffee", ["Virtual Coffee Morning"],
  ["A friendly weekly video chat with a cuppa for people who find it hard to get out. Volunteers will help you get connected."],
  ["sp-coffee-mornings", "sp-loneliness"], W(["WE", "TH"], ["10:30-11:30"]), noloc=True, modes=("online",),
  title="Befriending Coordinator", mail="virtualcoffee", cap=0.0)
A("diabetes_line", ["Diabetes Buddy Line"],
  ["Regular phone calls with a trained volunteer who also lives with diabetes, for encouragement and practical tips."],
  ["sp-diabetes", "sp-peer-support"], W([WD], ["10:00-16:00"]), noloc=True, modes=("phone",), route="both",
  ages=[(18, None)], title="Volunteer Coordinator", mail="buddyline", cap=0.6)
A("rainbow_online", ["LGBTQ+ Online Peer Support"],
  ["A fortnightly video meet-up where LGBTQ+ adults can talk, share experiences and support each other, hosted by trained volunteers."],
  ["sp-peer-support", "sp-loneliness?"], W(["WE", "SU"], ["19:00-20:30"], (2,)), noloc=True, modes=("online",),
  ages=[(18, None)], title="Volunteer Host", mail="online", cap=0.0)
A("da_chat", ["Domestic Abuse Web Chat"],
  ["Confidential live web chat with a trained domestic abuse adviser, with a quick-exit button on every page. In an emergency always call 999."],
  ["sp-domestic-abuse"], W([WD], ["10:00-20:00"]), noloc=True, modes=("online",), ages=[(16, None)],
  title="Domestic Abuse Adviser", mail="chat", cap=0.0)
A("gambling_line", ["Gambling Support Line"],
  ["Talk in confidence to someone who understands gambling harm, whether it is your own gambling or someone close to you."],
  ["sp-gambling"], W(["MO,TU,WE,TH,FR,SA,SU"], ["10:00-22:00"]), noloc=True, modes=("phone",), ages=[(18, None)],
  title="Support Line Coordinator", mail="supportline", cap=0.0)
A("online_digital", ["Online Digital Skills Tutorials"],
  ["Short live online tutorials on everyday tech, from video calling family to using the NHS App, with recordings to watch again."],
  ["sp-digital-skills"], W(["TH"], ["14:00-15:00"]), noloc=True, modes=("online",), title="Digital Champion",
  mail="tutorials", cap=0.0)

# --------------------------------------------------------------------------------------------
# Organisation types placed in towns (names use {t}); pool = archetypes they may run.
# --------------------------------------------------------------------------------------------
ORG_TYPES = [
    dict(key="hub", count=19, n=(2, 5), home="hall",
         names=["{t} Community Hub", "{t} Together", "{t} Community Action Group", "{t} Friendship Hub",
                "{t} Neighbourhood Association"],
         desc="A volunteer-led community group running friendly activities and practical support for people in and around {t}.",
         pool=["coffee_morning", "warm_space", "lunch_club", "bingo_social", "knit_natter", "digital_dropin", "chair_exercise",
               "pantry", "friendship_group", "board_games", "craft_group", "toddler_group", "health_mot", "repair_cafe",
               "carers_group", "keep_fit"]),
    dict(key="shed", count=7, n=(1, 2), home="workshop", names=["{t} Men's Shed", "{t} Shed Project"],
         desc="A community shed in {t} where people share tools, skills and friendship.", pool=["mens_shed", "repair_cafe"],
         first="mens_shed"),
    dict(key="walk", count=9, n=(1, 3), home="park", names=["{t} Walking Buddies", "{t} Health Walks Group", "{t} Striders"],
         desc="A volunteer walking group helping people in {t} get active, enjoy green spaces and make friends.",
         pool=["gentle_walk", "longer_walk", "nordic_walk", "nature_walk", "heritage_walk"], first="gentle_walk"),
    dict(key="memory", count=6, n=(1, 3), home="hall", names=["{t} Memory Cafe Group", "{t} Dementia Friendly Group"],
         desc="A small charity helping {t} become a dementia-friendly community.",
         pool=["memory_cafe", "singing_memory", "dementia_carers", "reminiscence", "seated_dance"], first="memory_cafe"),
    dict(key="carers", count=4, n=(1, 2), home="hall", names=["{t} Carers Circle", "{t} Carers Together"],
         desc="A peer-led group by and for unpaid carers in {t}.", pool=["carers_group", "carers_break", "dementia_carers"],
         first="carers_group"),
    dict(key="friends", count=7, n=(1, 3), home="park", names=["Friends of {t} Park", "Friends of {t} Woods", "Friends of {t} Ponds"],
         desc="Local volunteers who look after and celebrate the green spaces of {t}.",
         pool=["conservation_vol", "litter_pick", "nature_walk", "woodland_wellbeing"], first="conservation_vol"),
    dict(key="garden", count=7, n=(1, 2), home="garden", names=["{t} Community Allotment", "{t} Growing Space", "{t} Community Garden"],
         desc="A community growing project in {t}, open to everyone who wants to get their hands in the soil.",
         pool=["community_garden", "therapeutic_gardening", "grow_cook"], first="community_garden"),
    dict(key="food", count=8, n=(1, 2), home="church", names=["{t} Food Bank", "{t} Community Pantry", "{t} Food Share"],
         desc="A local charity making sure nobody in {t} goes hungry.", pool=["food_bank", "pantry", "cooking_budget"], first="food_bank"),
    dict(key="church", count=11, n=(2, 4), home="church",
         names=["Hope Chapel {t}", "Grace Fellowship {t}", "{t} Churches Together", "Cornerstone Church {t}", "{t} Wesley Fellowship"],
         desc="A church community in {t} that runs activities open to everyone, whatever their faith.",
         pool=["community_lunch", "coffee_morning", "toddler_group", "bereavement_cafe", "food_bank", "youth_club",
               "knit_natter", "quiet_space", "esol_conversation", "choir"]),
    dict(key="mosque", count=3, n=(2, 4), home="mosque", names=["Al-Noor Community Association {t}", "Al-Huda Community Centre {t}"],
         desc="A mosque-based community association in {t} serving families of all backgrounds.",
         pool=["mosque_lunch", "esol_class", "womens_cultural", "youth_club", "womens_walk", "digital_dropin"], first="mosque_lunch",
         langs=["ur", "pa", "ar"], towns=["Eastwood", "Ferham", "Clifton", "Rotherham", "East Dene"]),
    dict(key="youth", count=8, n=(1, 3), home="youth", names=["{t} Youth Project", "{t} Young People's Centre", "{t} Youth Forum"],
         desc="A youth charity in {t} giving young people somewhere to go, something to do and someone to talk to.",
         pool=["youth_club", "youth_sport", "youth_arts", "youth_wellbeing", "holiday_club", "youth_volunteering"], first="youth_club"),
    dict(key="family", count=5, n=(2, 4), home="family", names=["{t} Families Together", "{t} Little Acorns", "{t} Family Friends"],
         desc="A family support charity in {t} for parents, carers and children from bump to teens.",
         pool=["toddler_group", "baby_massage", "parenting_course", "dads_group", "buggy_walk", "breastfeeding", "family_fun",
               "family_cooking"]),
    dict(key="arts", count=7, n=(1, 3), home="hall", names=["{t} Art Club", "{t} Creative Collective", "{t} Arts Studio"],
         desc="A community arts group in {t} that believes everyone is creative.",
         pool=["art_group", "pottery", "craft_group", "photography", "art_wellbeing", "creative_writing"], first="art_group"),
    dict(key="music", count=6, n=(1, 2), home="church", names=["{t} Community Choir", "{t} Ukulele Club", "{t} Singers"],
         desc="A music group in {t} where everyone is welcome to join in.", pool=["choir", "ukulele", "music_jam", "singing_lungs"],
         first="choir"),
    dict(key="dance", count=4, n=(1, 2), home="hall", names=["{t} Tea Dance Club", "{t} Line Dancers"],
         desc="A dance club in {t} for people who love to move to music.", pool=["tea_dance", "line_dance", "dance_fit", "seated_dance"]),
    dict(key="football", count=4, n=(1, 2), home="pitch", names=["{t} Walking Football Club"],
         desc="A friendly walking sports club in {t}.", pool=["walking_football", "walking_netball"], first="walking_football"),
    dict(key="bowls", count=3, n=(1, 1), home="green", names=["{t} Bowls Club"], desc="A friendly crown and flat green bowls club in {t}.",
         pool=["bowls"]),
    dict(key="cycle", count=2, n=(1, 2), home="park", names=["{t} Cycle Club"], desc="A community cycling club based in {t}.",
         pool=["led_ride", "bike_recycle"], first="led_ride"),
    dict(key="fitness", count=6, n=(2, 4), home="leisure", names=["{t} Active Lives", "{t} Community Fitness"],
         desc="A not-for-profit helping people in {t} become more active, whatever their age or ability.",
         pool=["chair_exercise", "strength_balance", "aquafit", "swim_session", "pilates", "yoga", "circuits", "running_group",
               "tai_chi", "keep_fit", "women_swim", "table_tennis", "dance_fit"]),
    dict(key="older", count=7, n=(1, 3), home="hall", names=["{t} Over 60s Club", "{t} Golden Years Club", "{t} Senior Citizens' Association"],
         desc="A long-running social club for older people in {t}.",
         pool=["lunch_club", "bingo_social", "day_trips", "tea_dance", "coffee_morning", "strength_balance"]),
    dict(key="cafe", count=5, n=(1, 3), home="cafe", names=["Teapot Community Cafe {t}", "Kettle and Crumb {t}", "Open Door Cafe {t}"],
         desc="A community interest company running a not-for-profit cafe in {t}.",
         pool=["community_cafe", "warm_space", "repair_cafe", "cooking_budget", "board_games"], first="community_cafe"),
    dict(key="books", count=4, n=(1, 2), home="reading", names=["{t} Book Club", "Friends of {t} Reading Rooms"],
         desc="Volunteers who keep a love of reading alive in {t}.",
         pool=["book_club", "shared_reading", "creative_writing", "digital_dropin"], first="book_club"),
    dict(key="history", count=4, n=(1, 2), home="hall", names=["{t} Local History Society", "{t} Heritage Group"],
         desc="A society sharing and recording the history of {t}.", pool=["local_history", "reminiscence", "heritage_walk"],
         first="local_history"),
    dict(key="women", count=3, n=(1, 2), home="hall", names=["{t} Women's Wellbeing Group"],
         desc="A women-led group in {t} supporting women's health, confidence and friendship.",
         pool=["womens_wellbeing", "womens_walk", "craft_group"], first="womens_wellbeing"),
    dict(key="advice", count=4, n=(2, 4), home="office", names=["{t} Advice Point", "{t} Advice Shop"],
         desc="An independent advice centre offering free, confidential advice to people in {t} and the surrounding villages.",
         pool=["benefits_advice", "debt_advice", "housing_advice", "energy_advice", "later_life_advice", "job_club", "savings_club"],
         first="benefits_advice", towns=["Maltby", "Wath-upon-Dearne", "Dinnington", "Rawmarsh", "Swinton", "Kiveton Park"]),
]

# Borough-wide organisations: (name, description, [archetypes], extra language codes)
BOROUGH_ORGS = [
    ("Rotherham Money Matters Advice", "An independent charity giving free advice on benefits, debt and bills across Rotherham borough.",
     ["benefits_advice", "debt_advice", "money_helpline", "pension_credit", "budgeting_course"], ["ur"]),
    ("Rotherham Warm Homes Partnership", "A partnership helping households across the borough to keep warm and cut their energy bills.",
     ["energy_advice", "energy_phone", "home_safety"], []),
    ("Rotherham Befriending Network", "A volunteer befriending charity for people across Rotherham who feel lonely or isolated.",
     ["befriend_home", "befriend_phone", "walk_talk_befriend", "virtual_coffee"], []),
    ("Rotherham Carers Connect", "Support, information and breaks for unpaid carers of all ages across Rotherham borough.",
     ["carers_group", "carers_helpline", "carers_break", "sitting_service", "carers_online", "parent_carers"], []),
    ("Rotherham Bereavement Companions", "A bereavement charity offering support to adults grieving the death of someone close.",
     ["bereavement_group", "bereavement_phone", "bereavement_walk", "bereavement_online"], []),
    ("Rotherham Recovery Community", "A peer-led recovery community for people affected by drugs and alcohol, and their families.",
     ["alcohol_group", "recovery_cafe", "drug_support", "family_affected", "online_recovery"], []),
    ("Rotherham Gambling Support Circle", "A small charity supporting people harmed by gambling.", ["gambling_group", "gambling_online", "gambling_line"], []),
    ("Rotherham Digital Buddies", "A digital inclusion project helping everyone in Rotherham get online safely and confidently.",
     ["digital_dropin", "digital_phone", "online_digital", "device_lending", "nhs_app_help", "online_safety"], []),
    ("Rotherham Peer Wellbeing Network", "A user-led mental health charity running peer support across the borough.",
     ["peer_group", "anxiety_course", "online_peer", "online_mindfulness", "mens_talk"], []),
    ("Rotherham Talking Space", "A community counselling charity offering affordable talking support.",
     ["counselling", "online_counselling", "listening_line"], []),
    ("Rotherham Adult Learning Collective", "A community learning provider offering free and low-cost courses for adults.",
     ["esol_class", "maths_english", "short_course", "online_courses", "online_esol"], ["ar", "ur", "sk"]),
    ("Rotherham Jobs and Skills Hub", "A not-for-profit employment support service for people looking for work or training.",
     ["job_club", "cv_support", "work_skills", "employ_mental", "online_job_club"], []),
    ("Rotherham Volunteer Connect", "The borough's volunteer matching service, connecting people with local good causes.",
     ["volunteer_brokerage", "volunteer_online", "volunteer_taster", "volunteer_to_work"], []),
    ("Rotherham Housing Help Point", "An independent housing advice and homelessness support charity.",
     ["housing_advice", "homeless_dropin", "tenancy_support", "housing_line"], []),
    ("Rotherham Handy Help", "A social enterprise providing trusted handyperson services for older and disabled people.",
     ["handyperson", "home_safety"], []),
    ("Rotherham Safe at Home", "A specialist domestic abuse charity supporting women, men and children.",
     ["da_helpline", "da_chat", "da_group", "da_dropin"], ["ur", "pl"]),
    ("Rotherham Breathe Together", "A charity for people living with lung and heart conditions.",
     ["breathe_group", "singing_lungs", "cardiac_exercise", "stroke_club"], []),
    ("Rotherham Diabetes Friends", "A volunteer-run support network for people living with diabetes.",
     ["diabetes_group", "diabetes_line"], ["ur"]),
    ("Rotherham Living with Pain Group", "A peer support charity for people living with persistent pain.",
     ["pain_group", "arthritis_exercise"], []),
    ("Rotherham Cancer Support Circle", "A local charity supporting anyone affected by cancer.", ["cancer_support", "cancer_exercise", "online_cancer"], []),
    ("Rotherham Healthy Weight Club", "A community health programme supporting healthy eating and weight.",
     ["weight_group", "cooking_budget", "health_mot"], []),
    ("Rotherham Quit Together", "A community stop smoking service.", ["stop_smoking", "smoking_phone"], ["ur", "sk"]),
    ("Rotherham Sight and Hearing Support", "A charity supporting people living with sight or hearing loss.",
     ["sensory_group", "hearing_dropin", "deaf_cafe"], []),
    ("Rotherham Inclusive Friends", "A charity creating social and sporting opportunities for disabled people and their families.",
     ["ld_social", "autism_support", "inclusive_play", "inclusive_sport"], []),
    ("Rotherham New Neighbours Welcome", "A welcome project for refugees, people seeking asylum and other new arrivals.",
     ["refugee_welcome", "refugee_advice", "esol_conversation"], ["ar", "ku", "fa"]),
    ("Rotherham Dementia Friendly Partnership", "A partnership of local groups supporting people living with dementia and their carers.",
     ["memory_cafe", "dementia_advice", "dementia_line", "singing_memory"], []),
    ("Rotherham Cycle Hub", "A community cycling charity getting more people on bikes.", ["learn_ride", "bike_recycle", "led_ride"], []),
    ("Rotherham Young Minds Collective", "A youth mental health charity for young people aged 11 to 25.",
     ["youth_wellbeing", "youth_online", "lgbt_youth"], []),
    ("Rotherham Roma Families Project", "A community project supporting Slovak and Czech Roma families in Rotherham.",
     ["roma_group", "esol_class", "parenting_course"], ["sk", "cs"]),
    ("Rotherham Polish Community Club", "A social club for the Polish community in Rotherham and friends.", ["polish_club", "esol_conversation"], ["pl"]),
    ("Rotherham Rainbow Network", "A volunteer network for LGBTQ+ people in Rotherham.", ["rainbow_social", "rainbow_online"], []),
    ("Rotherham Family Matters", "A family support charity offering parenting help across the borough.",
     ["online_parenting", "parenting_course", "feeding_helpline", "young_carers"], []),
    ("Rotherham Active at Home", "A project helping people who are housebound or new to exercise to become more active.",
     ["online_chair_exercise", "activity_phone", "strength_balance"], []),
    ("Rotherham Living Well Programme", "A community health programme helping people manage long-term conditions.",
     ["ltc_self_management", "diabetes_prevention", "health_mot"], []),
]
BOROUGH_TOWN = {"Rotherham New Neighbours Welcome": "Eastwood", "Rotherham Roma Families Project": "Eastwood",
                "Rotherham Polish Community Club": "Clifton", "Rotherham Cycle Hub": "Kimberworth"}

LANG_NAMES = {"en": "English", "ur": "Urdu", "pa": "Punjabi", "ar": "Arabic", "sk": "Slovak", "cs": "Czech",
              "pl": "Polish", "ku": "Kurdish", "fa": "Persian (Farsi)", "ro": "Romanian"}
FIRST = ["Jo", "Sam", "Pat", "Chris", "Alex", "Lesley", "Karen", "Dave", "Bev", "Sue", "Mick", "Tracey", "Imran", "Aisha",
         "Nadia", "Tomas", "Marta", "Jana", "Lukas", "Farah", "Gill", "Janet", "Steve", "Mandy", "Gary", "Lynn", "Hannah",
         "Ruth", "Paul", "Dean", "Shabana", "Zainab", "Kamila", "Peter", "Joan", "Maureen", "Tony", "Kevin", "Sharon",
         "Debbie", "Helen", "Ian", "Claire", "Yasmin", "Bilal", "Ewa", "Piotr", "Rebecca", "Neil", "Carol"]
LAST = ["Whitfield", "Ashworth", "Hollins", "Barraclough", "Shaw", "Turton", "Hinchliffe", "Dyson", "Staniforth", "Birkett",
        "Fenwick", "Oldroyd", "Khan", "Hussain", "Akhtar", "Rahman", "Balog", "Horvath", "Kowalski", "Nowak", "Greaves",
        "Platts", "Wragg", "Beardshaw", "Crookes", "Gascoigne", "Haigh", "Senior", "Pickering", "Ackroyd", "Bramall",
        "Cutts", "Denton", "Ellis", "Froggatt"]
CLOSED_ALERTS = ["Closed until further notice while the hall roof is repaired. Please call for updates.",
                 "Taking a short break while we recruit new volunteer leaders. Sessions will restart as soon as possible.",
                 "Paused over the winter; sessions restart in the spring.",
                 "Temporarily closed because our venue is being refurbished."]
DAY_NAMES = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday", "SA": "Saturday",
             "SU": "Sunday"}
DAY_INDEX = {d: i for i, d in enumerate(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])}
ORDINAL = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", -1: "Last"}


# --------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, taxonomy):
        self.rng = random.Random(SEED)
        self.idrng = random.Random(SEED + 1)
        self.tax = taxonomy["taxonomy"]
        self.terms = {t["code"]: t for t in taxonomy["terms"]}
        self.venues = {}            # (town, type) -> [venue]
        self.venue_names = set()
        self.postcodes = set()
        self.org_names = set()
        self.service_names = set()
        self.phones = [f"01632 960{n:03d}" for n in range(1000)]
        self.rng.shuffle(self.phones)
        self.mobiles = [f"07700 900{n:03d}" for n in range(1000)]
        self.rng.shuffle(self.mobiles)
        self.services = []

    def uid(self):
        return str(uuid.UUID(int=self.idrng.getrandbits(128), version=4))

    # ---------------------------------------------------------------- places
    def pick_town(self, exclude=()):
        towns = [t for t in TOWNS if t[0] not in exclude] or TOWNS
        return self.rng.choices(towns, weights=[t[5] for t in towns])[0][0]

    def postcode(self, outcode):
        while True:
            pc = f"{outcode} {self.rng.randint(1, 9)}{self.rng.choice(INWARD_LETTERS)}{self.rng.choice(INWARD_LETTERS)}"
            if pc not in self.postcodes:
                self.postcodes.add(pc)
                return pc

    def venue(self, town, vtype, reuse=0.65):
        key = (town, vtype)
        existing = self.venues.setdefault(key, [])
        if existing and self.rng.random() < reuse:
            return self.rng.choice(existing)
        short = SHORT.get(town, town)
        names = [n.format(t=short) for n in VENUE_NAMES[vtype]]
        names = [n for n in names if n not in self.venue_names]
        if not names:
            return self.rng.choice(existing)
        name = self.rng.choice(names)
        self.venue_names.add(name)
        _, city, outcode, lat, lon, _ = TOWN[town]
        lat = round(min(max(lat + self.rng.uniform(-0.006, 0.006), BOUNDS[0] + 0.002), BOUNDS[1] - 0.002), 6)
        lon = round(min(max(lon + self.rng.uniform(-0.009, 0.009), BOUNDS[2] + 0.002), BOUNDS[3] - 0.002), 6)
        street = self.rng.choice(STREETS)
        outdoor = vtype in ("park", "garden", "pitch", "green")
        addr1 = street if outdoor else f"{self.rng.randint(1, 180)} {street}"
        if city == "Rotherham" and town != "Rotherham":
            addr1 += f", {town}"
        loc_id = self.uid()
        pool = ACC_OUTDOOR if outdoor else ACC_BUILDING
        picks = self.rng.sample(pool, self.rng.randint(1 if outdoor else 1, 2 if outdoor else 4))
        loc = {"id": loc_id, "location_type": "physical", "name": name}
        if vtype == "park":
            loc["description"] = "Outdoor meeting point. Look for the group leader in a hi-vis vest."
        loc.update({
            "latitude": lat, "longitude": lon,
            "addresses": [{"id": self.uid(), "location_id": loc_id, "address_1": addr1, "city": city,
                           "region": "South Yorkshire", "state_province": "South Yorkshire",
                           "postal_code": self.postcode(outcode), "country": "GB", "address_type": "physical"}],
            "accessibility": [{"id": self.uid(), "location_id": loc_id, "description": d, "details": det}
                              for d, det in picks],
        })
        v = dict(town=town, type=vtype, location=loc)
        existing.append(v)
        return v

    # ---------------------------------------------------------------- helpers
    def unique_name(self, templates, town, borough, org_name=""):
        """A service name not used yet. Town groups use town-named templates first; borough-wide
        organisations prefer plain names and fall back to '<name>, <town>'. None = no free name."""
        short = SHORT.get(town, town)
        local = [t.format(t=short) for t in templates if "{t}" in t]
        plain = [t for t in templates if "{t}" not in t]
        self.rng.shuffle(local)
        self.rng.shuffle(plain)
        cands = plain + local if borough else local + plain
        for c in cands:
            if c not in self.service_names:
                return c
        if borough:
            for c in cands:
                alt = f"{c}, {short}"
                if short not in c and alt not in self.service_names:
                    return alt
            for c in cands:
                alt = f"{c} ({org_name})"
                if alt not in self.service_names:
                    return alt
            raise RuntimeError(f"no unique name for {templates} in {town}")
        return None

    def schedules(self, arch, attending, link):
        freq, intervals, days, times = arch["sched"]
        byday = self.rng.choice(days)
        interval = self.rng.choice(intervals)
        o, c = self.rng.choice(times).split("-")
        o, c = o.zfill(5), c.zfill(5)
        valid_from = (REF_DATE - dt.timedelta(days=self.rng.randint(120, 900))).replace(day=1)
        s = {"id": self.uid()}
        s.update(link)
        s.update({"valid_from": valid_from.isoformat()})
        if interval == 2:
            first = byday.split(",")[0]
            d = valid_from
            while d.weekday() != DAY_INDEX[first]:
                d += dt.timedelta(days=1)
            s["dtstart"] = d.isoformat()
        s.update({"freq": freq, "interval": interval, "byday": byday, "opens_at": o, "closes_at": c,
                  "description": describe_schedule(freq, interval, byday, o, c), "attending_type": attending})
        return s

    def contact(self, arch, org):
        name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
        if org.get("phone") and self.rng.random() < 0.5:
            number = org["phone"]
        else:
            number = self.phones.pop()
        phones = [{"id": self.uid(), "number": number, "type": "voice"}]
        if self.rng.random() < 0.25:
            phones.append({"id": self.uid(), "number": self.mobiles.pop(), "type": "cell",
                           "description": "Mobile, calls and texts"})
        return {"id": self.uid(), "name": name, "title": arch["title"], "phones": phones}

    def term_ref(self, code):
        t = self.terms[code]
        ref = {"id": t["id"], "code": t["code"], "name": t["name"], "description": t["description"]}
        if t.get("parent_id"):
            ref["parent_id"] = t["parent_id"]
        ref.update({"taxonomy": self.tax["name"], "taxonomy_id": self.tax["id"]})
        return ref

    # ---------------------------------------------------------------- organisations
    def make_org(self, name, desc, base_town, borough, langs=()):
        slug = slugify(name)
        org = {"id": self.uid(), "name": name, "description": desc, "email": f"hello@{slug}.{DOMAIN}",
               "website": f"https://{slug}.{DOMAIN}"}
        return dict(org=org, slug=slug, town=base_town, borough=borough, langs=list(langs), phone=self.phones.pop(),
                    home=None)

    def build(self):
        # town organisations
        placed = []
        for ot in ORG_TYPES:
            used_towns = set()
            for _ in range(ot["count"]):
                for _attempt in range(50):
                    if ot.get("towns"):
                        town = self.rng.choice([t for t in ot["towns"] if t not in used_towns] or ot["towns"])
                    else:
                        town = self.pick_town(exclude=used_towns)
                    name = self.rng.choice(ot["names"]).format(t=SHORT.get(town, town))
                    if name not in self.org_names:
                        break
                self.org_names.add(name)
                used_towns.add(town)
                o = self.make_org(name, ot["desc"].format(t=SHORT.get(town, town)), town, False, ot.get("langs", ()))
                o["home"] = self.venue(town, ot["home"])
                n = self.rng.randint(*ot["n"])
                first = ot.get("first")
                rest = [p for p in ot["pool"] if p != first]
                self.rng.shuffle(rest)
                placed.append((o, ([first] if first else []) + rest, n))
        # borough-wide organisations
        for name, desc, archs, langs in BOROUGH_ORGS:
            self.org_names.add(name)
            town = BOROUGH_TOWN.get(name, "Rotherham")
            o = self.make_org(name, desc, town, True, langs)
            o["home"] = self.venue(town, "office", reuse=0.3)
            placed.append((o, archs, len(archs)))
        self.rng.shuffle(placed)
        for o, archs, n in placed:
            made = 0
            for a in archs:           # town groups: skip an activity whose every name is taken in that town
                if made == n:
                    break
                made += 1 if self.make_service(o, ARCH[a]) else 0
        self.apply_status()
        self.services.sort(key=lambda s: (s["organization"]["name"], s["name"]))
        return self.services

    # ---------------------------------------------------------------- services
    def make_service(self, o, arch):
        rng = self.rng
        org = o["org"]
        town = o["town"]
        name = None
        if not o["borough"]:
            name = self.unique_name(arch["names"], town, False)
            if name is None:
                return False
        # where it happens
        sal_venues = []
        if not arch["noloc"]:
            if o["borough"]:
                k = rng.randint(*arch["multi"])
                towns = []
                if "office" in arch["venue"] and k == 1:
                    sal_venues.append(o["home"])
                else:
                    for _ in range(k):
                        t = self.pick_town(exclude=towns)
                        towns.append(t)
                        sal_venues.append(self.venue(t, rng.choice(arch["venue"])))
                    town = towns[0] if k == 1 else town
            else:
                v = o["home"] if o["home"]["type"] in arch["venue"] else self.venue(town, arch["venue"][0])
                sal_venues.append(v)
        name_town = town if (not o["borough"] or len(sal_venues) == 1) else "Rotherham"
        if o["borough"] and len(sal_venues) == 1:
            name_town = sal_venues[0]["town"]
        if name is None:
            name = self.unique_name(arch["names"], name_town, True, org["name"])
        self.service_names.add(name)
        sid = self.uid()
        desc = rng.choice(arch["descs"]).format(t=SHORT.get(name_town, name_town))
        langs = ["en"] + list(o["langs"])
        if len(langs) == 1 and rng.random() < 0.07:
            langs.append(rng.choice(["ur", "ur", "sk", "pl", "ar"]))
        if len(langs) > 1:
            desc += " Staff and volunteers also speak " + join_words([LANG_NAMES[c] for c in langs[1:]]) + "."
        # ages
        ages = rng.choice(arch["ages"]) if arch["ages"] else None
        # cost
        cost = arch["cost"]
        if cost is None:
            opts, fees = [("Free", 0, "No charge")], "Free"
        elif cost == "payf":
            opts, fees = [("Pay as you feel", 0, "Pay what you can afford; nobody is turned away")], "Pay as you feel"
        else:
            p_free, amounts = cost
            if rng.random() < p_free:
                opts, fees = [("Free", 0, "No charge")], "Free"
            else:
                amount, adesc = rng.choice(amounts)
                opts = [("Standard", amount, adesc)]
                fees = f"{money(amount)} {adesc}"
                if rng.random() < 0.3 and amount >= 2:
                    conc = round(amount / 2, 2)
                    opts.append(("Concessions", conc, "for people on benefits, carers and under-18s"))
                    fees += f"; {money(conc)} concessions"
        assured = REF_DATE - dt.timedelta(days=rng.randint(61, 426))
        modes = list(arch["modes"])
        s = {"id": sid, "organization_id": org["id"], "name": name, "description": desc,
             "url": f"https://{o['slug']}.{DOMAIN}/{slugify(name)}",
             "email": f"{arch['mail']}@{o['slug']}.{DOMAIN}",
             "status": "active", "fees": fees}
        if ages:
            if ages[0] is not None:
                s["minimum_age"] = ages[0]
            if ages[1] is not None:
                s["maximum_age"] = ages[1]
        s["eligibility_description"] = arch["elig"] or default_elig(ages)
        s["assured_date"] = assured.isoformat()
        s["assurer_email"] = ASSURER
        s["last_modified"] = f"{assured.isoformat()}T{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:00Z"
        # schedules at service level: remote-only services, and the remote part of hybrid services
        svc_scheds = []
        if arch["noloc"]:
            svc_scheds.append(self.schedules(arch, modes[0], {"service_id": sid}))
        elif arch["extra"]:
            svc_scheds.append(self.schedules(arch, arch["extra"], {"service_id": sid}))
        if svc_scheds:
            s["schedules"] = svc_scheds
        if o["borough"]:
            s["service_areas"] = [{"id": self.uid(), "service_id": sid, "name": "Rotherham borough",
                                   "service_area": "Rotherham Metropolitan Borough Council area"}]
        sals = []
        for v in sal_venues:
            sal_id = self.uid()
            sals.append({"id": sal_id, "service_id": sid, "location_id": v["location"]["id"], "location": v["location"],
                         "schedules": [self.schedules(arch, "in_person", {"service_at_location_id": sal_id})]})
        if sals:
            s["service_at_locations"] = sals
        s["languages"] = [{"id": self.uid(), "service_id": sid, "name": LANG_NAMES[c], "code": c} for c in langs]
        s["organization"] = org
        s["cost_options"] = [{"id": self.uid(), "service_id": sid, "option": op, "amount": am, "amount_description": ad,
                              "currency": "GBP"} for op, am, ad in opts]
        s["contacts"] = [self.contact(arch, o)]
        # taxonomy attributes: required terms + optional ones (max 3)
        req = [t for t in arch["terms"] if not t.endswith("?")]
        opt = [t[:-1] for t in arch["terms"] if t.endswith("?")]
        codes = list(req)
        for t in opt:
            if len(codes) < 3 and rng.random() < 0.5:
                codes.append(t)
        s["attributes"] = [{"id": self.uid(), "link_id": sid, "link_type": "service",
                            "taxonomy_term_id": self.terms[c]["id"], "taxonomy_term": self.term_ref(c)} for c in codes]
        s["x_delivery_modes"] = modes
        s["x_referral_route"] = arch["route"]
        cap_p = arch["cap"] if arch["cap"] == 0 else max(arch["cap"], 0.4)   # 0 = capacity not meaningful
        if rng.random() < cap_p:
            maximum = rng.choice([8, 10, 12, 15, 20, 25, 30, 40])
            available = 0 if rng.random() < 0.15 else rng.randint(1, maximum)
            s["x_capacity"] = {"available": available, "maximum": maximum}
        self.services.append(s)
        return True

    def apply_status(self):
        idx = list(range(len(self.services)))
        self.rng.shuffle(idx)
        for i in idx[:10]:
            self.services[i]["status"] = "temporarily closed"
            self.services[i]["alert"] = self.rng.choice(CLOSED_ALERTS)
        for i in idx[10:15]:
            self.services[i]["status"] = "inactive"
            self.services[i].pop("x_capacity", None)


# --------------------------------------------------------------------------------------------
def slugify(s):
    s = s.lower().replace("'", "").replace("+", "plus").replace("&", "and")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60].rstrip("-")


def money(a):
    return f"£{a:.2f}" if a != int(a) else f"£{int(a)}"


def join_words(ws):
    return ws[0] if len(ws) == 1 else ", ".join(ws[:-1]) + " and " + ws[-1]


def fmt_time(hhmm):
    h, m = map(int, hhmm.split(":"))
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{suffix}" if m == 0 else f"{h12}:{m:02d}{suffix}"


def describe_schedule(freq, interval, byday, o, c):
    times = f"{fmt_time(o)}-{fmt_time(c)}"
    parts = byday.split(",")
    if freq == "MONTHLY":
        descs = []
        for p in parts:
            n, d = int(p[:-2]), p[-2:]
            descs.append(f"{ORDINAL[n]} {DAY_NAMES[d]}")
        return f"{join_words(descs)} of the month {times}"
    if interval == 2:
        return f"Fortnightly on {join_words([DAY_NAMES[d] + 's' for d in parts])} {times}"
    if len(parts) == 1:
        return f"Every {DAY_NAMES[parts[0]]} {times}"
    if byday == WD:
        return f"Monday to Friday {times}"
    if byday == "MO,TU,WE,TH,FR,SA,SU":
        return f"Every day {times}"
    return f"{join_words([DAY_NAMES[d] + 's' for d in parts])} {times}"


def default_elig(ages):
    if not ages:
        return "Open to everyone."
    lo, hi = ages
    if hi is None:
        return f"Open to people aged {lo} and over."
    if lo == 0:
        return f"Children up to age {hi} with a parent or carer."
    return f"Young people aged {lo} to {hi}."


# --------------------------------------------------------------------------------------------
def validate(services, taxonomy, outcodes_path):
    errors = []
    term_ids = {t["id"]: t for t in taxonomy["terms"]}
    codes = {t["code"]: t for t in taxonomy["terms"]}
    if len(term_ids) != len(taxonomy["terms"]) or len(codes) != len(taxonomy["terms"]):
        errors.append("taxonomy: duplicate term id or code")
    for t in taxonomy["terms"] + [taxonomy["taxonomy"]]:
        try:
            uuid.UUID(t["id"])
        except ValueError:
            errors.append(f"taxonomy: {t['id']!r} is not a uuid")
    for t in taxonomy["terms"]:
        parent = t.get("parent_code")
        if parent is not None and (parent not in codes or codes[parent]["id"] != t.get("parent_id")):
            errors.append(f"taxonomy {t['code']}: bad parent {parent}")
        kws = t.get("keywords", [])
        if not 5 <= len(kws) <= 15 or any(k != k.lower() for k in kws):
            errors.append(f"taxonomy {t['code']}: needs 5-15 lowercase keywords")
    outcodes = None
    if outcodes_path and os.path.exists(outcodes_path):
        with open(outcodes_path, newline="") as f:
            outcodes = {row["outcode"].strip().upper() for row in csv.DictReader(f)}
    else:
        print(f"warning: {outcodes_path} not found; outcode check skipped", file=sys.stderr)
    seen = {}
    locations = {}
    orgs = {}

    def claim(i, what):
        if i in seen and seen[i] != what:
            errors.append(f"id {i} reused: {seen[i]} and {what}")
        seen[i] = what
        try:
            uuid.UUID(i)
        except ValueError:
            errors.append(f"{what}: id {i!r} is not a uuid")

    service_ids = set()
    uuid_re = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    for s in services:
        sid = s.get("id", "?")
        if sid in service_ids:
            errors.append(f"record {sid}: duplicate service id")
        service_ids.add(sid)
        if not uuid_re.match(sid):
            errors.append(f"record {sid}: bad id")
        for f in ("id", "name", "status", "organization_id", "description"):
            if not s.get(f):
                errors.append(f"record {sid}: missing {f}")
        if s.get("status") not in ("active", "inactive", "defunct", "temporarily closed"):
            errors.append(f"record {sid}: bad status")
        o = s["organization"]
        if o["id"] != s["organization_id"]:
            errors.append(f"record {sid}: organization_id mismatch")
        if o["id"] in orgs and orgs[o["id"]] != o:
            errors.append(f"record {sid}: organisation {o['id']} differs between services")
        orgs[o["id"]] = o
        if not (o.get("name") and o.get("description")):
            errors.append(f"record {sid}: organisation missing name/description")
        for nested in ("schedules", "service_areas", "languages", "cost_options", "contacts", "attributes"):
            for x in s.get(nested, []):
                claim(x["id"], f"{nested} of {sid}")
        for c in s.get("contacts", []):
            for p in c.get("phones", []):
                claim(p["id"], f"phone of {sid}")
                if not p.get("number"):
                    errors.append(f"record {sid}: phone without number")
        for co in s.get("cost_options", []):
            if not isinstance(co.get("amount"), (int, float)) or co["amount"] < 0 or co.get("currency") != "GBP":
                errors.append(f"record {sid}: bad cost option")
        for a in s.get("attributes", []):
            tt = a["taxonomy_term"]
            t = term_ids.get(tt["id"])
            if not t or a["taxonomy_term_id"] != tt["id"] or t["code"] != tt["code"] or t["name"] != tt["name"]:
                errors.append(f"record {sid}: attribute term {tt.get('id')} ({tt.get('code')}) not in taxonomy")
        if not 1 <= len(s.get("attributes", [])) <= 3:
            errors.append(f"record {sid}: needs 1-3 attributes")
        if s.get("minimum_age") is not None and s.get("maximum_age") is not None and s["minimum_age"] > s["maximum_age"]:
            errors.append(f"record {sid}: minimum_age > maximum_age")
        modes = s.get("x_delivery_modes") or []
        if not modes or not set(modes) <= {"in_person", "online", "phone"}:
            errors.append(f"record {sid}: bad x_delivery_modes")
        if s.get("x_referral_route") not in ("self_referral", "link_worker_referral", "both"):
            errors.append(f"record {sid}: bad x_referral_route")
        cap = s.get("x_capacity")
        if cap and not (0 <= cap["available"] <= cap["maximum"]):
            errors.append(f"record {sid}: bad x_capacity")
        sals = s.get("service_at_locations", [])
        if not sals and "in_person" in modes:
            errors.append(f"record {sid}: in_person but no location")
        if not sals and not s.get("schedules"):
            errors.append(f"record {sid}: no schedule")
        for sal in sals:
            claim(sal["id"], f"service_at_location of {sid}")
            loc = sal["location"]
            if sal["location_id"] != loc["id"]:
                errors.append(f"record {sid}: location_id mismatch")
            if loc["id"] in locations and locations[loc["id"]] != loc:
                errors.append(f"record {sid}: location {loc['id']} differs between services")
            if loc["id"] not in locations:
                claim(loc["id"], f"location {loc['name']}")
                for a in loc["addresses"]:
                    claim(a["id"], f"address of {loc['id']}")
                for a in loc.get("accessibility", []):
                    claim(a["id"], f"accessibility of {loc['id']}")
            locations[loc["id"]] = loc
            if not (BOUNDS[0] <= loc["latitude"] <= BOUNDS[1] and BOUNDS[2] <= loc["longitude"] <= BOUNDS[3]):
                errors.append(f"record {sid}: location {loc['id']} outside Rotherham bounds")
            for a in loc["addresses"]:
                for f in ("address_1", "city", "state_province", "postal_code", "country", "address_type"):
                    if not a.get(f):
                        errors.append(f"record {sid}: address missing {f}")
                pc = a["postal_code"]
                if not re.match(r"^[A-Z]{1,2}[0-9]{1,2} [0-9][ABD-HJLNP-UW-Z]{2}$", pc):
                    errors.append(f"record {sid}: bad postcode {pc}")
                out = pc.split()[0]
                if out not in ROTHERHAM_OUTCODES:
                    errors.append(f"record {sid}: outcode {out} not a Rotherham outcode")
                if outcodes is not None and out not in outcodes:
                    errors.append(f"record {sid}: outcode {out} not in {outcodes_path}")
            for sch in sal.get("schedules", []):
                claim(sch["id"], f"schedule of {sid}")
    stale_cut = (REF_DATE - dt.timedelta(days=365)).isoformat()
    report = {
        "services": len(services),
        "organisations": len(orgs),
        "locations": len(locations),
        "services_without_locations": sum(1 for s in services if not s.get("service_at_locations")),
        "services_with_several_locations": sum(1 for s in services if len(s.get("service_at_locations", [])) > 1),
        "stale_over_12_months": sum(1 for s in services if s["assured_date"] < stale_cut),
        "free": sum(1 for s in services if all(c["amount"] == 0 for c in s["cost_options"])),
        "with_capacity": sum(1 for s in services if "x_capacity" in s),
        "status": {st: sum(1 for s in services if s["status"] == st) for st in sorted({s["status"] for s in services})},
        "terms_used": len({a["taxonomy_term"]["id"] for s in services for a in s["attributes"]}),
        "terms_in_taxonomy": len(term_ids),
        "max_services_per_org": max(sum(1 for s in services if s["organization_id"] == o) for o in orgs),
    }
    unused = [t["code"] for t in taxonomy["terms"]
              if t["id"] not in {a["taxonomy_term"]["id"] for s in services for a in s["attributes"]}]
    if unused:
        print("note: taxonomy terms not used by any service: " + ", ".join(unused), file=sys.stderr)
    return errors, report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--taxonomy", default=DEFAULT_TAXONOMY)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--outcodes", default=DEFAULT_OUTCODES, help="uk-outcodes.csv used to validate outcodes")
    ap.add_argument("--check", action="store_true", help="only validate the existing output file")
    args = ap.parse_args()
    with open(args.taxonomy, encoding="utf-8") as f:
        taxonomy = json.load(f)
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            services = json.load(f)
    else:
        services = Gen(taxonomy).build()
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(services, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
    errors, report = validate(services, taxonomy, args.outcodes)
    print(json.dumps(report, indent=1))
    for e in errors[:50]:
        print("ERROR " + e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
