namespace NetworkAdvisor.Samples;

/// <summary>
/// Hand-written common names that complement Bogus's lists: Bogus has no Danish locale, few
/// Spanish given names, few Portuguese surnames, and Dutch surnames without their prefixes.
/// </summary>
internal static class NameLists
{
    private static readonly string[][] FemaleNames =
    [
        Split("Emma; Olivia; Sophie; Charlotte; Emily; Hannah; Jessica; Sarah; Rachel; Laura; Amy; Megan; Priya; Grace"),
        Split("Anna; Julia; Laura; Katharina; Lena; Sarah; Lisa; Sabine; Stefanie; Nicole; Christina; Sandra; Jana; Franziska"),
        Split("Camille; Léa; Manon; Chloé; Julie; Marie; Sophie; Claire; Aurélie; Émilie; Céline; Nathalie; Élodie; Pauline"),
        Split("María; Lucía; Carmen; Laura; Marta; Paula; Ana; Cristina; Elena; Sara; Isabel; Raquel; Patricia; Alba; Nuria; Beatriz; Silvia; Rocío; Irene; Claudia; Andrea; Natalia; Julia; Pilar; Montserrat; Ainhoa; Itziar"),
        Split("Ana; Juliana; Fernanda; Mariana; Camila; Beatriz; Larissa; Gabriela; Patrícia; Aline; Renata; Carolina; Inês; Joana"),
        Split("Giulia; Francesca; Chiara; Sara; Valentina; Federica; Alessandra; Martina; Elena; Silvia; Laura; Paola; Roberta; Ilaria"),
        Split("Anouk; Sanne; Lotte; Femke; Eva; Lisa; Iris; Marieke; Esther; Inge; Anke; Fleur; Sophie; Noor"),
        Split("Anna; Maria; Karin; Sara; Emma; Elin; Johanna; Linnea; Ida; Sofia"),
        Split("Ingrid; Kari; Solveig; Astrid; Silje; Ragnhild; Tone; Hilde; Nora; Sigrid; Ingvild; Marte"),
        Split("Anne; Kirsten; Mette; Hanne; Helle; Susanne; Lene; Maria; Marianne; Lone; Camilla; Pia; Louise; Charlotte; Tina; Gitte; Julie; Sofie; Ida; Emma; Freja; Line; Signe; Mathilde; Cecilie; Maja; Trine"),
        Split("Aino; Helmi; Venla; Emilia; Sanna; Laura; Johanna; Hanna; Tiina; Minna; Katja; Satu; Päivi; Elina; Henna; Noora"),
    ];

    private static readonly string[][] MaleNames =
    [
        Split("James; Oliver; Jack; Harry; Thomas; Daniel; Matthew; Michael; David; Ben; Sam; Tom; Rahul; Ryan"),
        Split("Thomas; Michael; Andreas; Stefan; Christian; Markus; Tobias; Jan; Florian; Alexander; Lukas; Jonas; Matthias; Felix"),
        Split("Thomas; Nicolas; Julien; Maxime; Antoine; Pierre; Guillaume; Romain; Alexandre; Sébastien; Mathieu; Olivier; Benoît; Hugo"),
        Split("José; Antonio; Manuel; Francisco; David; Javier; Daniel; Carlos; Jesús; Alejandro; Miguel; Rafael; Pablo; Sergio; Fernando; Jorge; Luis; Alberto; Álvaro; Adrián; Diego; Iván; Rubén; Óscar; Andrés; Raúl; Ignacio; Enrique; Iñaki"),
        Split("João; Pedro; Lucas; Gabriel; Rafael; Felipe; Gustavo; Rodrigo; Thiago; Bruno; Tiago; André; Diogo; Marcelo"),
        Split("Marco; Andrea; Luca; Alessandro; Matteo; Francesco; Davide; Lorenzo; Simone; Stefano; Giuseppe; Paolo; Giovanni; Riccardo; Federico"),
        Split("Daan; Sem; Lucas; Thijs; Jeroen; Bas; Sander; Maarten; Pieter; Joost; Ruben; Wouter; Niels; Stijn"),
        Split("Erik; Lars; Anders; Johan; Per; Karl; Nils; Mikael; Oskar; Gustav"),
        Split("Ole; Lars; Magnus; Håkon; Sindre; Eirik; Øystein; Bjørn; Knut; Torbjørn; Espen; Henrik"),
        Split("Peter; Jens; Lars; Michael; Henrik; Thomas; Søren; Jan; Niels; Christian; Martin; Jesper; Rasmus; Mads; Anders; Morten; Frederik; Kasper; Mikkel; Jonas; Emil; Magnus; Oliver; Nikolaj; Troels; Bo"),
        Split("Mikko; Juha; Timo; Jari; Antti; Matti; Petri; Janne; Ville; Tuomas; Eero; Lauri; Olli; Jussi; Sami; Teemu"),
    ];

    private static readonly string[][] LastNames =
    [
        Split("Smith; Johnson; Williams; Brown; Jones; Taylor; Davies; Wilson; Evans; Thomas; Roberts; Walker; Wright; Thompson; White; Hughes; Edwards; Green; Hall; Wood; Harris; Clarke; Lewis; Jackson; Martin; Clark; Turner; Hill; Moore; Cooper; Ward; Morris; King; Watson; Baker; Harrison; Morgan; Patel; Young; Allen; Mitchell; Anderson; Lee; Bell; Kelly; Murphy; O'Brien; Campbell; Stewart; Scott; Reid; Murray; Kaur; Khan; Nguyen; Chen; Wang; Kim; Singh; O'Connor; McCarthy"),
        Split("Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Schulz; Hoffmann; Schäfer; Koch; Bauer; Richter; Klein; Wolf; Schröder; Neumann; Schwarz; Zimmermann; Braun; Krüger; Hofmann; Hartmann; Lange; Schmitt; Werner; Krause; Meier; Lehmann; Yılmaz; Kowalski; Nowak; Öztürk"),
        Split("Martin; Bernard; Dubois; Thomas; Robert; Richard; Petit; Durand; Leroy; Moreau; Simon; Laurent; Lefebvre; Michel; Garcia; Fontaine; Rousseau; Girard; Bonnet; Dupont; Lambert; Faure; Mercier; Blanc; Guérin; Muller; Henry; Roussel; Nicolas; Perrin; N'Diaye; Benali"),
        Split("García; Rodríguez; González; Fernández; López; Martínez; Sánchez; Pérez; Gómez; Martín; Jiménez; Ruiz; Hernández; Díaz; Moreno; Muñoz; Álvarez; Romero; Navarro; Torres; Domínguez; Gil; Vázquez; Serrano; Ramos; Blanco; Castro; Ortega; Rubio; Sanz; Iglesias; Núñez"),
        Split("Silva; Santos; Oliveira; Souza; Rodrigues; Ferreira; Alves; Pereira; Lima; Gomes; Costa; Ribeiro; Martins; Carvalho; Almeida; Lopes; Soares; Fernandes; Vieira; Barbosa; Rocha; Dias; Nascimento; Andrade; Moreira; Nunes; Marques; Machado; Mendes; Freitas; Cardoso; Ramos; Gonçalves; Santana; Teixeira; Araújo; Pinto; Correia; Cavalcanti; Moura"),
        Split("Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Bruno; Gallo; Conti; De Luca; Mancini; Costa; Giordano; Rizzo; Lombardi; Moretti"),
        Split("de Jong; Jansen; de Vries; van den Berg; van Dijk; Bakker; Janssen; Visser; Smit; Meijer; de Boer; Mulder; de Groot; Bos; Vos; Peters; Hendriks; van Leeuwen; Dekker; Brouwer; de Wit; Dijkstra; Smits; de Graaf; van der Meer; van der Linden; Kok; Jacobs; de Haan; Vermeulen; van den Heuvel; van der Veen; van den Broek; de Bruijn; de Bruin; van der Heijden; Schouten; van Beek; Willems; van Vliet; van de Ven; Hoekstra; Maas; Verhoeven; Koster; van Dam; van der Wal; Prins; Blom; Huisman; Peeters; de Koning; van Wijk; Postma; Kuipers; van den Bosch; Veenstra; Kramer; van der Laan; Timmermans; Claes; Wouters; Goossens; El Amrani; Yildiz"),
        Split("Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson; Gustafsson; Lindberg; Lindqvist; Ekström; Sjöberg"),
        Split("Hansen; Johansen; Olsen; Larsen; Andersen; Pedersen; Nilsen; Kristiansen; Jensen; Karlsen; Johnsen; Pettersen; Eriksen; Berg; Haugen; Hagen; Johannessen; Andreassen; Jacobsen; Dahl; Jørgensen; Halvorsen; Henriksen; Lund; Sørensen; Strand; Solberg; Moen; Bakken; Lie; Ødegård"),
        Split("Nielsen; Jensen; Hansen; Pedersen; Andersen; Christensen; Larsen; Sørensen; Rasmussen; Jørgensen; Petersen; Madsen; Kristensen; Olsen; Thomsen; Christiansen; Poulsen; Johansen; Møller; Mortensen; Knudsen; Jakobsen; Mikkelsen; Frederiksen; Lund; Holm; Schmidt; Eriksen; Kristiansen; Simonsen; Clausen; Svendsen; Andreasen; Iversen; Østergaard; Jeppesen; Vestergaard; Nissen; Lauridsen; Kjær"),
        Split("Korhonen; Virtanen; Mäkinen; Nieminen; Mäkelä; Hämäläinen; Laine; Heikkinen; Koskinen; Järvinen; Lehtonen; Lehtinen; Saarinen; Salminen; Heinonen; Niemi; Heikkilä; Kinnunen; Salonen; Turunen; Salo; Laitinen; Tuominen; Rantanen; Karjalainen; Jokinen; Mattila; Savolainen; Lahtinen; Ahonen"),
    ];

    public static string[] Female(SampleLanguage language) => FemaleNames[(int)language];

    public static string[] Male(SampleLanguage language) => MaleNames[(int)language];

    public static string[] Last(SampleLanguage language) => LastNames[(int)language];

    private static string[] Split(string list) =>
        list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
