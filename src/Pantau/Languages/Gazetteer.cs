using System.Collections.Frozen;

namespace Pantau.Languages;

public enum ActorKind { State, Org, Group, Source }

public sealed record ActorInfo(string Code, ActorKind Kind, string Name);

/// <summary>Two sides at war from a first day to a last (open when null), from <c>lexicons/actors/wars.tsv</c>.</summary>
public sealed record War(string SideA, string SideB, DateOnly From, DateOnly? Until)
{
    public bool On(DateOnly? day) => day is not { } d || d >= From && (Until is not { } until || d <= until);

    public string? EnemyOf(string code) => code == SideA ? SideB : code == SideB ? SideA : null;
}

/// <summary>Every actor code Pantau knows, from <c>lexicons/actors/actors.tsv</c>, and the wars between them.</summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, ActorInfo> _actors;
    private readonly IReadOnlyList<War> _wars;

    public Gazetteer(IEnumerable<ActorInfo> actors, IReadOnlyList<War> wars)
    {
        _actors = actors.ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);
        _wars = wars;
    }

    /// <summary>The war on that day with a side the story has named (<paramref name="named"/>), if only one is.</summary>
    public War? WarOn(DateOnly? day, Func<string, bool> named)
    {
        var wars = _wars.Where(w => w.On(day) && (named(w.SideA) || named(w.SideB))).ToList();
        return wars.Count == 1 ? wars[0] : null;
    }

    /// <summary>
    /// FORMAT.md rule 8: casualties with no attacker named are the other side's doing. The enemy
    /// of a side in the one war it fights on that day; null when there is none or several.
    /// </summary>
    public string? EnemyOf(string code, DateOnly? day)
    {
        string? enemy = null;
        foreach (var war in _wars)
        {
            if (!war.On(day) || war.EnemyOf(code) is not { } other)
                continue;
            if (enemy is not null && enemy != other)
                return null;
            enemy = other;
        }
        return enemy;
    }

    public bool Contains(string code) => _actors.ContainsKey(code);

    /// <summary>True for organisations (NATO, EU): what "the bloc" or "aliansi itu" can refer to.</summary>
    public bool IsOrganization(string code) => _actors.TryGetValue(code, out var actor) && actor.Kind == ActorKind.Org;
}
