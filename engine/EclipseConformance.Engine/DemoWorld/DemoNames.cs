namespace EclipseConformance.Engine.DemoWorld;

/// <summary>Realistic given names and surnames per country (accents included, to exercise accent-insensitive matching).</summary>
public static class DemoNames
{
    public static readonly IReadOnlyDictionary<string, (string[] First, string[] Last)> ByCountry = new Dictionary<string, (string[], string[])>
    {
        ["ZA"] = (
            ["Thabo", "Sipho", "Lerato", "Nomvula", "Themba", "Zanele", "Bongani", "Ayanda", "Palesa", "Kagiso", "Naledi", "Mpho", "Lindiwe",
             "Sibusiso", "Thandiwe", "Johan", "Annelie", "Pieter", "Sarah", "Michael", "Priya", "Yusuf", "Fatima", "Nandi", "Lwazi", "Karabo",
             "Tshepo", "Refilwe", "Busisiwe", "Mandla", "Zoë", "André", "Hélène", "Sizwe", "Nokuthula", "Riaan", "Charlize", "Kamohelo"],
            ["Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mokoena", "Mahlangu", "Zulu", "Mthembu", "Botha", "van der Merwe", "Naidoo", "Pillay",
             "Molefe", "Sithole", "Mabuza", "Cele", "Ngcobo", "Shabalala", "Mkhize", "Radebe", "Jacobs", "Pretorius", "Govender", "Müller",
             "le Roux", "Nel", "Coetzee", "Ntuli", "Maseko", "Cloëte", "Du Plessis", "Mabaso", "Tshabalala", "Hendricks", "Adams"]),
        ["BW"] = (
            ["Kagiso", "Mpho", "Boitumelo", "Onalenna", "Tebogo", "Neo", "Kabelo", "Goitseone", "Lesego", "Masego", "Thato", "Keabetswe",
             "Oratile", "Tumelo", "Bakang", "Kelebogile", "Mothusi", "Gofaone", "Tshiamo", "Amogelang"],
            ["Molefe", "Seretse", "Khama", "Mogae", "Kgosi", "Motsumi", "Sebina", "Ramotswe", "Tau", "Moatlhodi", "Gaolathe", "Masisi", "Modise",
             "Tshekedi", "Kgosietsile", "Ntshole", "Mokgweetsi", "Sekgoma"]),
        ["KE"] = (
            ["Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri", "Mwangi", "Chebet", "Kiprono", "Akinyi", "Wafula", "Nafula", "Mutua", "Wambui",
             "Kiptoo", "Atieno", "Njoroge", "Muthoni", "Kipchoge", "Awino", "Barasa"],
            ["Kamau", "Mwangi", "Otieno", "Odhiambo", "Kiprop", "Chebet", "Njoroge", "Wanjala", "Mutiso", "Kariuki", "Ochieng", "Omondi", "Kimani",
             "Koech", "Wekesa", "Onyango", "Maina", "Kiplagat"]),
        ["UG"] = (
            ["Nakato", "Babirye", "Kato", "Wasswa", "Mukasa", "Namubiru", "Ssekandi", "Atim", "Okello", "Akello", "Mugisha", "Tumusiime",
             "Nansubuga", "Kyomuhendo", "Apio", "Kizza", "Nalwoga", "Byamukama"],
            ["Mukasa", "Ssempala", "Okello", "Namutebi", "Kiggundu", "Byaruhanga", "Tumwine", "Ouma", "Lubega", "Nsubuga", "Kasozi", "Mugerwa",
             "Atuhaire", "Mwesigye", "Kajumba", "Ssali", "Opio"]),
    };
}
