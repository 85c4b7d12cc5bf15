namespace Pantau.Languages;

/// <summary>
/// One row of a lexicon file. <see cref="Id"/> is stable and human-readable
/// ("en/triggers.tsv:42") so that every claim can say which rows produced it.
/// </summary>
public abstract record LexiconEntry(string Id, string Form);

public enum ActorRole { State, Capital, Leader, Official, Government, Agency, Media, Demonym, Group, Company }

/// <summary>
/// A name of an actor. <see cref="Term"/> bounds when the name stands for this actor: a person's
/// time in an office (<c>offices.tsv</c>: Mark Rutte is NLD until July 2024, NATO from October 2024).
/// </summary>
public sealed record ActorEntry(string Id, string Form, string Code, ActorRole Role, Term? Term = null) : LexiconEntry(Id, Form);

/// <summary>A time in office, either end open: from its first day to its last, inclusive.</summary>
public sealed record Term(DateOnly? From, DateOnly? Until)
{
    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (Until is not { } until || day <= until);

    /// <summary>How far a day lies outside the term, in days (0 inside).</summary>
    public int DistanceTo(DateOnly day) =>
        From is { } from && day < from ? from.DayNumber - day.DayNumber
        : Until is { } until && day > until ? day.DayNumber - until.DayNumber
        : 0;
}

public sealed record PlaceEntry(string Id, string Form, string Place, string Code) : LexiconEntry(Id, Form);

public enum ClaimType { Transfer, Agreement, Support, Withdrawal, Attack }

public enum Stage { Delivered, Pledged }

/// <summary>Where a trigger's actor and recipient stand; see lexicons/README.md.</summary>
public enum Frame { Give, Receive, Passive, Noun, Mutual }

public sealed record TriggerEntry(string Id, string Form, ClaimType Type, Stage? Stage, Frame Frame) : LexiconEntry(Id, Form);

public enum ItemCategory
{
    Personnel, Artillery, Ammunition, Missiles, RocketLaunchers, Drones, ArmoredVehicles, Aircraft,
    AirDefense, Naval, SmallArms, Technology, Weapons, Equipment, Funding,
}

public sealed record ItemEntry(string Id, string Form, ItemCategory Item) : LexiconEntry(Id, Form);

public enum CueKind
{
    Speech, PassiveSpeech, Acknowledgement, AccordingTo, Belief, Impersonal, Hedge, Future, Negation, Denial, Refusal, Unconfirmed,
    RecipientMarker, SourceMarker, AgentMarker, PartnerMarker, OpponentMarker, PlaceMarker, ValueMarker, PassiveAuxiliary, OpenRange,
    Coordination, Complementizer, Relative, ClauseBoundary, Inclusion, Possessive, Approx, Min, Max, Range, Measure,
    PairAnaphor, EventAnaphor, SpeakerAnaphor, OrganizationAnaphor, FirstPerson, PossessivePronoun, FixedPhrase, ObjectAnaphor, BothSides, Expert, Anonymity, VagueAmount, Generic, Condition,
}

public sealed record CueEntry(string Id, string Form, CueKind Cue) : LexiconEntry(Id, Form);

public enum NumberWordKind { Number, Multiplier }

public sealed record NumberEntry(string Id, string Form, decimal Value, NumberWordKind Kind) : LexiconEntry(Id, Form);

public sealed record UnitEntry(string Id, string Form, string Unit) : LexiconEntry(Id, Form);

public enum DateWordKind { Month, Weekday, RelativeDay, RelativeMonth, RelativeYear }

public sealed record DateWordEntry(string Id, string Form, DateWordKind Kind, int Value) : LexiconEntry(Id, Form);

public sealed record OutletEntry(string Id, string Form, string Outlet) : LexiconEntry(Id, Form);
