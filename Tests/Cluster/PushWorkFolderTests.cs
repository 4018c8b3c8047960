using SearchEngine.Indexing.Cluster;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

public sealed class PushWorkFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_push_s_folder_is_gone_when_the_push_ends()
    {
        string path;
        using (var work = PushWorkFolder.Create(_temp.Path))
        {
            path = work.Path;
            File.WriteAllText(Path.Combine(path, "documents.tmp"), "spooled");
        }

        Assert.False(Directory.Exists(path));
    }

    [Fact]
    public void A_folder_left_by_a_killed_push_is_removed_when_the_next_push_starts()
    {
        var left = LeftBehind("searchengine-push-killed");

        using var work = PushWorkFolder.Create(_temp.Path);

        Assert.False(Directory.Exists(left));
    }

    [Fact]
    public void The_folder_of_a_push_still_running_is_left_alone()
    {
        var running = LeftBehind("searchengine-push-running");
        using var held = new FileStream(Path.Combine(running, PushWorkFolder.LockFile), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        using var work = PushWorkFolder.Create(_temp.Path);

        Assert.True(File.Exists(Path.Combine(running, "documents.tmp")));
    }

    [Fact]
    public void A_folder_made_a_moment_ago_and_not_yet_locked_is_left_alone()
    {
        var starting = _temp.Combine("searchengine-push-starting");
        Directory.CreateDirectory(starting);

        using var work = PushWorkFolder.Create(_temp.Path);

        Assert.True(Directory.Exists(starting));
    }

    [Fact]
    public void A_folder_being_made_is_left_alone_though_its_lock_is_not_yet_taken()
    {
        var making = LeftBehind(PushWorkFolder.MakingPrefix + "making");

        using var work = PushWorkFolder.Create(_temp.Path);

        Assert.True(File.Exists(Path.Combine(making, "documents.tmp")));
    }

    [Fact]
    public void A_push_s_folder_is_locked_before_it_takes_the_name_other_pushes_look_for()
    {
        using var work = PushWorkFolder.Create(_temp.Path);

        Assert.StartsWith(PushWorkFolder.Prefix, Path.GetFileName(work.Path));
        Assert.Throws<IOException>(() => new FileStream(Path.Combine(work.Path, PushWorkFolder.LockFile), FileMode.Open, FileAccess.ReadWrite, FileShare.None));
        Assert.Empty(Directory.EnumerateDirectories(_temp.Path, PushWorkFolder.MakingPrefix + "*"));
    }

    [Fact]
    public void Other_folders_in_the_temp_folder_are_never_touched()
    {
        var other = _temp.Write("someone-else/owner.lock", "");

        using var work = PushWorkFolder.Create(_temp.Path);

        Assert.True(File.Exists(other));
    }

    /// <summary>A push's folder as a killed push leaves it: its spool and its lock file, which no process holds.</summary>
    private string LeftBehind(string name)
    {
        _temp.Write(name + "/documents.tmp", "spooled");
        return Path.GetDirectoryName(_temp.Write(name + "/" + PushWorkFolder.LockFile, ""))!;
    }
}
