// The word lists; see name_pools.hpp.
#include "bench/name_pools.hpp"

namespace bench {

namespace {

constexpr City city_list[] = {
    {"Osnabrück", "DE", 52.279, 8.047},      {"Sibiu", "RO", 45.793, 24.152},
    {"Łódź", "PL", 51.759, 19.456},           {"Ștefan cel Mare", "RO", 46.967, 26.433},
    {"Jūrmala", "LV", 56.968, 23.770},        {"Zürich", "CH", 47.377, 8.540},
    {"Ærø", "DK", 54.880, 10.360},            {"São Tomé", "ST", 0.336, 6.727},
    {"Münster", "DE", 51.961, 7.626},         {"Lübeck", "DE", 53.866, 10.687},
    {"Köln", "DE", 50.938, 6.960},            {"Düsseldorf", "DE", 51.228, 6.774},
    {"Göttingen", "DE", 51.541, 9.916},       {"Nürnberg", "DE", 49.452, 11.077},
    {"Tübingen", "DE", 48.520, 9.057},        {"Kraków", "PL", 50.065, 19.945},
    {"Gdańsk", "PL", 54.352, 18.646},         {"Poznań", "PL", 52.406, 16.925},
    {"Wrocław", "PL", 51.108, 17.039},        {"Toruń", "PL", 53.013, 18.598},
    {"Brașov", "RO", 45.658, 25.602},         {"Timișoara", "RO", 45.749, 21.227},
    {"Iași", "RO", 47.159, 27.601},           {"Constanța", "RO", 44.160, 28.635},
    {"Târgu Mureș", "RO", 46.542, 24.558},    {"Liepāja", "LV", 56.505, 21.011},
    {"Rēzekne", "LV", 56.510, 27.333},        {"Cēsis", "LV", 57.312, 25.271},
    {"Tartu", "EE", 58.378, 26.729},          {"Pärnu", "EE", 58.385, 24.497},
    {"Šiauliai", "LT", 55.934, 23.314},       {"Kaunas", "LT", 54.899, 23.904},
    {"Genève", "CH", 46.204, 6.143},          {"Neuchâtel", "CH", 46.990, 6.929},
    {"Aarhus", "DK", 56.163, 10.204},         {"Næstved", "DK", 55.230, 11.761},
    {"Malmö", "SE", 55.605, 13.004},          {"Göteborg", "SE", 57.709, 11.975},
    {"Tromsø", "NO", 69.649, 18.956},         {"Bodø", "NO", 67.280, 14.405},
    {"Reykjavík", "IS", 64.147, -21.942},     {"Akureyri", "IS", 65.683, -18.090},
    {"Guimarães", "PT", 41.444, -8.296},      {"Évora", "PT", 38.571, -7.909},
    {"São Paulo", "BR", -23.551, -46.633},    {"Córdoba", "ES", 37.888, -4.779},
    {"Málaga", "ES", 36.721, -4.421},         {"A Coruña", "ES", 43.362, -8.411},
    {"Besançon", "FR", 47.238, 6.024},        {"Orléans", "FR", 47.903, 1.909},
    {"Nîmes", "FR", 43.837, 4.360},           {"Český Krumlov", "CZ", 48.811, 14.315},
    {"Plzeň", "CZ", 49.738, 13.373},          {"Brno", "CZ", 49.195, 16.607},
    {"Győr", "HU", 47.687, 17.650},           {"Pécs", "HU", 46.073, 18.232},
    {"Debrecen", "HU", 47.532, 21.627},       {"İzmir", "TR", 38.423, 27.143},
    {"Eskişehir", "TR", 39.777, 30.521},      {"Kampala", "UG", 0.347, 32.582},
    {"Mbale", "UG", 1.082, 34.175},           {"Kisumu", "KE", -0.092, 34.768},
    {"Nakuru", "KE", -0.303, 36.080},         {"Banjul", "GM", 13.454, -16.579},
    {"Huế", "VN", 16.464, 107.590},           {"Đà Nẵng", "VN", 16.054, 108.202},
    {"Lviv", "UA", 49.839, 24.030},           {"Chernivtsi", "UA", 48.292, 25.936},
    {"Byblos", "LB", 34.121, 35.648},         {"Bethlehem", "PS", 31.705, 35.200},
};

constexpr CountryName country_list[] = {
    {"NL", "Nederland", "Netherlands", "Niederlande"}, {"DE", "Duitsland", "Germany", "Deutschland"},
    {"RO", "Roemenië", "Romania", "Rumänien"},         {"PL", "Polen", "Poland", "Polen"},
    {"LV", "Letland", "Latvia", "Lettland"},           {"CH", "Zwitserland", "Switzerland", "Schweiz"},
    {"DK", "Denemarken", "Denmark", "Dänemark"},       {"ST", "Sao Tomé en Principe", "São Tomé and Príncipe", "São Tomé und Príncipe"},
    {"EE", "Estland", "Estonia", "Estland"},           {"LT", "Litouwen", "Lithuania", "Litauen"},
    {"SE", "Zweden", "Sweden", "Schweden"},            {"NO", "Noorwegen", "Norway", "Norwegen"},
    {"IS", "IJsland", "Iceland", "Island"},            {"PT", "Portugal", "Portugal", "Portugal"},
    {"BR", "Brazilië", "Brazil", "Brasilien"},         {"ES", "Spanje", "Spain", "Spanien"},
    {"FR", "Frankrijk", "France", "Frankreich"},       {"CZ", "Tsjechië", "Czechia", "Tschechien"},
    {"HU", "Hongarije", "Hungary", "Ungarn"},          {"TR", "Turkije", "Türkiye", "Türkei"},
    {"UG", "Oeganda", "Uganda", "Uganda"},             {"KE", "Kenia", "Kenya", "Kenia"},
    {"GM", "Gambia", "The Gambia", "Gambia"},          {"VN", "Vietnam", "Viet Nam", "Vietnam"},
    {"UA", "Oekraïne", "Ukraine", "Ukraine"},          {"LB", "Libanon", "Lebanon", "Libanon"},
    {"PS", "Palestina", "Palestine", "Palästina"},
};

constexpr std::string_view district_list[] = {
    "Centrum", "Altstadt", "Innenstadt", "Nord", "Süd", "Ost", "West", "Hafen", "Śródmieście",
    "Stare Miasto", "Centru", "Cetate", "Vecrīga", "Óváros", "Staré Město", "Gamla stan",
    "Vieux-Port", "Baixa", "Neustadt", "Vorstadt", "Sankt Jürgen", "Øster", "Söder", "Ribeira",
    "Große Straße",
};

constexpr std::string_view org_list[] = {
    "Stichting Vrienden van {}",   "Werkgroep {}",           "Jumelage Deventer–{}",
    "Stedenbandcomité {}",        "{} Fonds",               "Vereniging Deventer–{}",
    "Wereldwinkel {}",            "Scholenproject {}",      "Muziekuitwisseling {}",
    "Stichting Hulp aan {}",      "Jongerenplatform {}",    "Sportclub {} Deventer",
    "Freundeskreis {}",           "Asociația Prietenii din {}", "Towarzystwo Przyjaciół {}",
    "Kunstkring {}",              "Zorgnetwerk {}",         "Studentenvereniging {}",
};

constexpr Phrase programme_list[] = {
    {"Stedenband Deventer–{}", "Deventer–{} twinning", "Städtepartnerschaft Deventer–{}"},
    {"Handelsmissie {}", "Trade mission {}", "Handelsmission {}"},
    {"Kennisuitwisseling met {}", "Knowledge exchange with {}", "Wissensaustausch mit {}"},
    {"Onderwijspartnerschap {}", "Education partnership {}", "Bildungspartnerschaft {}"},
    {"Klimaatsamenwerking {}", "Climate cooperation {}", "Klimakooperation {}"},
    {"Erfgoedproject {}", "Heritage project {}", "Kulturerbeprojekt {}"},
};

constexpr Phrase event_list[] = {
    {"Cultuurweek {}", "{} culture week", "Kulturwoche {}"},
    {"Hanzedagen in {}", "Hanseatic Days in {}", "Hansetage in {}"},
    {"Jongerenuitwisseling {}", "Youth exchange {}", "Jugendaustausch {}"},
    {"Handelsdelegatie uit {}", "Trade delegation from {}", "Handelsdelegation aus {}"},
    {"Kerstmarkt met gasten uit {}", "Christmas market with guests from {}", "Weihnachtsmarkt mit Gästen aus {}"},
    {"Fietstocht naar {}", "Cycling tour to {}", "Radtour nach {}"},
    {"Concert met het koor van {}", "Concert with the choir of {}", "Konzert mit dem Chor aus {}"},
    {"Lezing over {}", "Talk about {}", "Vortrag über {}"},
    {"Filmavond {}", "Film night {}", "Filmabend {}"},
};

constexpr Phrase description_list[] = {
    {"Deventer en {} werken samen aan onderwijs, cultuur en duurzame economie. Scholen, bedrijven en "
     "verenigingen wisselen kennis uit en bezoeken elkaar.",
     "Deventer and {} work together on education, culture and a sustainable economy. Schools, businesses "
     "and associations exchange knowledge and visit each other.",
     "Deventer und {} arbeiten bei Bildung, Kultur und nachhaltiger Wirtschaft zusammen. Schulen, "
     "Unternehmen und Vereine tauschen Wissen aus und besuchen einander."},
    {"Vrijwilligers uit Deventer steunen projecten in {}: schoon drinkwater, een bibliotheek en "
     "beroepsonderwijs voor jongeren.",
     "Volunteers from Deventer support projects in {}: clean drinking water, a library and vocational "
     "training for young people.",
     "Freiwillige aus Deventer unterstützen Projekte in {}: sauberes Trinkwasser, eine Bibliothek und "
     "Berufsausbildung für junge Menschen."},
    {"Een ontmoeting tussen inwoners van Deventer en {}, met muziek, eten en verhalen uit beide steden.",
     "A meeting of people from Deventer and {}, with music, food and stories from both cities.",
     "Eine Begegnung von Menschen aus Deventer und {}, mit Musik, Essen und Geschichten aus beiden Städten."},
};

}  // namespace

std::span<const City> cities() { return city_list; }
std::span<const CountryName> country_names() { return country_list; }
std::span<const std::string_view> districts() { return district_list; }
std::span<const std::string_view> org_patterns() { return org_list; }
std::span<const Phrase> programme_patterns() { return programme_list; }
std::span<const Phrase> event_patterns() { return event_list; }
std::span<const Phrase> description_patterns() { return description_list; }

}  // namespace bench
