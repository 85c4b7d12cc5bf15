namespace Pantau.Languages;

/// <summary>
/// One row of a lexicon file. <see cref="Id"/> is stable and human-readable
/// ("en/triggers.tsv:42") so that every claim can say which rows produced it.
/// </summary>
public abstract record LexiconEntry(string Id, string Form);

public enum ActorRole { State, Capital, Leader, Official, Government, Agency, Media, Demonym, Group }

public sealed record ActorEntry(string Id, string Form, string Code, ActorRole Role) : LexiconEntry(Id, Form);

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
    PairAnaphor, EventAnaphor, SpeakerAnaphor, OrganizationAnaphor, FirstPerson, PossessivePronoun, Expert, Anonymity, VagueAmount,
}

public sealed record CueEntry(string Id, string Form, CueKind Cue) : LexiconEntry(Id, Form);

public enum NumberWordKind { Number, Multiplier }

public sealed record NumberEntry(string Id, string Form, decimal Value, NumberWordKind Kind) : LexiconEntry(Id, Form);

public sealed record UnitEntry(string Id, string Form, string Unit) : LexiconEntry(Id, Form);

public enum DateWordKind { Month, Weekday, RelativeDay, RelativeMonth, RelativeYear }

public sealed record DateWordEntry(string Id, string Form, DateWordKind Kind, int Value) : LexiconEntry(Id, Form);

public sealed record OutletEntry(string Id, string Form, string Outlet) : LexiconEntry(Id, Form);
