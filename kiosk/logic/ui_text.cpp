// The word table.
#include "kiosk/logic/ui_text.hpp"

namespace kiosk {
namespace {

struct Words {
  const char* nl;
  const char* en;
  const char* de;
  std::string_view in(content::Lang l) const {
    return l == content::Lang::en ? en : l == content::Lang::de ? de : nl;
  }
};

constexpr Words table[] = {
    {"Deventer Internationaal", "Deventer International", "Deventer International"},
    {"Raak het scherm aan om te beginnen", "Touch the screen to start", "Berühren Sie den Bildschirm, um zu beginnen"},
    {"Terug", "Back", "Zurück"},
    {"Start", "Home", "Start"},
    {"Landen & steden", "Countries & cities", "Länder & Städte"},
    {"Organisaties", "Organisations", "Organisationen"},
    {"Evenementen", "Events", "Veranstaltungen"},
    {"Global Goals", "Global Goals", "Global Goals"},
    {"Over", "About", "Über"},
    {"Binnenkort", "Upcoming", "Demnächst"},
    {"Eerder", "Past", "Vergangen"},
    {"jaarlijks", "yearly", "jährlich"},
    {"keer per jaar", "times a year", "Mal im Jahr"},
    {"Land", "Country", "Land"},
    {"Landen", "Countries", "Länder"},
    {"Plaatsen", "Places", "Orte"},
    {"Actief in", "Works in", "Aktiv in"},
    {"Draagt bij aan", "Contributes to", "Trägt bei zu"},
    {"Koppeling gekozen door de redactie", "Link chosen by the editors", "Zuordnung durch die Redaktion"},
    {"Website", "Website", "Website"},
    {"Leden", "Members", "Mitglieder"},
    {"Cijfers", "Figures", "Zahlen"},
    {"sinds", "since", "seit"},
    {"tot", "until", "bis"},
    {"Inhoud bijgewerkt tot", "Content as of", "Inhalt mit Stand"},
    {"Deze kiosk bewaart niets over zijn bezoekers.", "This kiosk keeps nothing about its visitors.",
     "Dieser Kiosk speichert nichts über seine Besucher."},
    {"Kaartgegevens: Natural Earth (publiek domein).", "Map data: Natural Earth (public domain).",
     "Kartendaten: Natural Earth (gemeinfrei)."},
    {"U bent hier", "You are here", "Sie sind hier"},
    {"Nog niets om te tonen.", "Nothing to show yet.", "Noch nichts anzuzeigen."},
    {"Zie ook", "See also", "Siehe auch"},
    {"Programma", "Programme", "Programm"},
    {"Netwerk", "Network", "Netzwerk"},
    {"Plaats", "Place", "Ort"},
    {"Evenement", "Event", "Veranstaltung"},
    {"Global Goal", "Global Goal", "Global Goal"},
    {"Organisatie", "Organisation", "Organisation"},
    {"Zoek…", "Search…", "Suchen…"},
    {"Sluiten", "Close", "Schließen"},
    {"Niets gevonden.", "Nothing found.", "Nichts gefunden."},
    {"Typ een plaats, land, organisatie of onderwerp.", "Type a place, country, organisation or topic.",
     "Geben Sie einen Ort, ein Land, eine Organisation oder ein Thema ein."},
    {"spatie", "space", "Leertaste"},
    {"wissen", "clear", "löschen"},
    {"Scan om mee te nemen", "Scan to take it home", "Zum Mitnehmen scannen"},
    {"Zoeken", "Search", "Suchen"},
    {"Toegankelijk", "Accessibility", "Barrierefrei"},
    {"Grotere tekst", "Larger text", "Größere Schrift"},
    {"Hoog contrast", "High contrast", "Hoher Kontrast"},
    {"Bediening laag (rolstoel)", "Controls down low (wheelchair)", "Bedienung unten (Rollstuhl)"},
    {"Bent u er nog?", "Still there?", "Sind Sie noch da?"},
    {"Ja, ik kijk verder", "Yes, continue", "Ja, weiter"},
    {"seconden", "seconds", "Sekunden"},
    {"Daarna begint de kiosk opnieuw.", "Then the kiosk starts over.", "Danach beginnt der Kiosk von vorn."},
    {"Partnerplaats", "Partner place", "Partnerort"},
    {"Bijdragen uit Deventer", "Contributions from Deventer", "Beiträge aus Deventer"},
    {"Klaar", "Done", "Fertig"},
    {"Land met partnerplaats", "Country with a partner place", "Land mit Partnerort"},
    {"Organisaties actief", "Organisations at work", "Organisationen aktiv"},
    {"Plaats", "Place", "Ort"},
    {"Stand van zaken", "As of", "Stand"},
};
static_assert(std::size(table) == size_t(Word::as_of) + 1);

}  // namespace

std::string_view word(Word w, content::Lang lang) { return table[size_t(w)].in(lang); }

std::string_view tab_word(Tab tab, content::Lang lang) {
  switch (tab) {
    case Tab::places: return word(Word::places, lang);
    case Tab::organisations: return word(Word::organisations, lang);
    case Tab::events: return word(Word::events, lang);
    case Tab::goals: return word(Word::goals, lang);
    case Tab::about: return word(Word::about, lang);
  }
  return {};
}

std::string_view relation_word(std::string_view type, content::Lang lang) {
  static constexpr struct {
    const char* type;
    Words words;
  } relations[] = {
      {"home", {"Thuisbasis", "Home", "Heimat"}},
      {"twin_town", {"Stedenband", "Twin town", "Partnerstadt"}},
      {"partner_city", {"Partnerstad", "Partner city", "Partnerstadt"}},
      {"trade_partner", {"Handelspartner", "Trade partner", "Handelspartner"}},
      {"hanze_city", {"Hanzestad", "Hanseatic city", "Hansestadt"}},
      {"project_site", {"Projectgebied", "Project area", "Projektgebiet"}},
      {"education_partner", {"Onderwijspartner", "Education partner", "Bildungspartner"}},
  };
  for (const auto& r : relations)
    if (type == r.type) return r.words.in(lang);
  return type;
}

std::string_view kind_word(content::ItemKind kind, content::Lang lang) {
  using content::ItemKind;
  switch (kind) {
    case ItemKind::goal: return word(Word::goal, lang);
    case ItemKind::country: return word(Word::country, lang);
    case ItemKind::place: return word(Word::place, lang);
    case ItemKind::organisation: return word(Word::organisation, lang);
    case ItemKind::network: return word(Word::network, lang);
    case ItemKind::programme: return word(Word::programme, lang);
    case ItemKind::event: return word(Word::event, lang);
  }
  return {};
}

std::string event_when(const content::Event& e, content::Lang lang) {
  std::string s = e.start.display(lang);
  if (!e.end.empty()) s += " – " + e.end.display(lang);
  if (e.recurrence == "yearly") {
    s += ", ";
    s += e.times_per_year.empty() ? std::string(word(Word::yearly, lang))
                                  : e.times_per_year + " " + std::string(word(Word::times_per_year, lang));
  }
  return s;
}

}  // namespace kiosk
