using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Pantau.Store.Database;

namespace Pantau.Store.Schema;

/// <summary>
/// Brings a database to the schema this Pantau knows. The table <c>pantau_meta</c> says the
/// database is Pantau's (<c>application = pantau</c>) and which schema it has
/// (<c>schema_version</c>). Migrations are the scripts <c>Migrations/&lt;dialect&gt;/NNNN_name.sql</c>
/// embedded in this assembly, numbered from 1; each missing one is applied, in order, in one
/// transaction with the version update, so a database is always at a whole version.
/// </summary>
internal static class Migrator
{
    public const string MetaTable = "pantau_meta";
    private const string Application = "pantau";

    /// <summary>The highest schema version this Pantau knows: the number of its migrations.</summary>
    public static int LatestVersion { get; } = Scripts("sqlite").Count;

    /// <summary>
    /// Checks the database and applies the missing migrations up to <paramref name="targetVersion"/>
    /// (default: all). <paramref name="create"/>: an empty database may be made a Pantau one; else it
    /// is <see cref="StoreErrorKind.Missing"/>.
    /// </summary>
    public static void Migrate(DbConnection connection, ISqlDialect dialect, string displayName, bool create, int? targetVersion = null)
    {
        int target = targetVersion ?? LatestVersion;
        using var transaction = connection.BeginTransaction();
        if (dialect.ExclusiveLockSql is { } lockSql)
            Execute(connection, transaction, lockSql);

        int version = CurrentVersion(connection, transaction, dialect, displayName);
        if (version > LatestVersion)
            throw new StoreException(StoreErrorKind.NewerSchema,
                $"{displayName}: written by a newer Pantau (schema {version}; this Pantau knows up to {LatestVersion})");
        if (version == 0 && !create)
            throw new StoreException(StoreErrorKind.Missing, $"{displayName}: no Pantau tables yet; 'pantau ingest' creates them");
        if (version >= target)
        {
            transaction.Commit();
            return;
        }
        if (version == 0)
        {
            Execute(connection, transaction, $"CREATE TABLE {MetaTable} (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            Execute(connection, transaction, $"INSERT INTO {MetaTable} (key, value) VALUES ('application', '{Application}'), ('schema_version', '0')");
        }
        foreach (var (number, sql) in Scripts(dialect.MigrationFolder))
        {
            if (number > version && number <= target)
                Execute(connection, transaction, sql);
        }
        Execute(connection, transaction, $"UPDATE {MetaTable} SET value = '{target.ToString(CultureInfo.InvariantCulture)}' WHERE key = 'schema_version'");
        transaction.Commit();
    }

    /// <summary>0 for an empty database; throws for a database that is not Pantau's.</summary>
    private static int CurrentVersion(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, string displayName)
    {
        using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = dialect.TableExistsSql;
        AddParameter(exists, "@name", MetaTable);
        if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            using var count = connection.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = dialect.TableCountSql;
            if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
                throw new StoreException(StoreErrorKind.NotPantau, $"{displayName}: not a Pantau database (it has other tables and no {MetaTable})");
            return 0;
        }
        var meta = new Dictionary<string, string>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"SELECT key, value FROM {MetaTable}";
            using var reader = read.ExecuteReader();
            while (reader.Read())
                meta[reader.GetString(0)] = reader.GetString(1);
        }
        if (!meta.TryGetValue("application", out var application) || application != Application
            || !meta.TryGetValue("schema_version", out var text)
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            throw new StoreException(StoreErrorKind.NotPantau, $"{displayName}: not a Pantau database ({MetaTable} does not name Pantau and a schema version)");
        return version;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The embedded scripts of one dialect, by number; checks they are numbered 1, 2, 3... without gaps.</summary>
    private static IReadOnlyList<(int Number, string Sql)> Scripts(string folder)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"Pantau.Store.Migrations.{folder}.";
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => Normalized(n).StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Number: int.Parse(n.AsSpan(prefix.Length, 4), CultureInfo.InvariantCulture), Sql: Read(assembly, n)))
            .OrderBy(s => s.Number)
            .ToList();
        for (int i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Number != i + 1)
                throw new InvalidOperationException($"migration scripts for {folder} are not numbered 1..{scripts.Count}");
        }
        return scripts;
    }

    /// <summary>Resource names keep the folder separator of the machine that built them.</summary>
    private static string Normalized(string name) => name.Replace('/', '.').Replace('\\', '.');

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
