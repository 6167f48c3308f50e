package dev.contrastive4j.runtime.data.planetoid;

import com.google.common.hash.Hashing;
import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Digests of the published Planetoid files, used to verify downloads and to tell a changed copy.
 * They were computed from the files of the Planetoid repository ({@code kimiyoung/planetoid},
 * directory {@code data}): the SHA-256 of each file's bytes, and that of what it holds once
 * parsed ({@link PlanetoidContent}), which a copy saved again from the same data keeps. Files
 * without digests here (PubMed) are verified by parsing them completely.
 */
final class PlanetoidChecksums {
  /** The two digests of one published file, in lower-case hex. */
  private record Published(String bytes, String content) {}

  private static final Map<String, Published> PUBLISHED = Map.ofEntries(
      published("ind.cora.x",
          "23cfa55d91c6f624233f5eb7b6e3f141f1bd2b2ae39608a63cf5d084bb27baab",
          "e4a0c9123f12fe969de414cb1652c3125341610c233f960e40b474bd776e6d9a"),
      published("ind.cora.y",
          "94465c14eb53e04ca262198dcbb2521ee8af60fb3f3d546cd6ca24a511b0e7d1",
          "a3bf021abafde72464120c7b54065a693560f203c5ae6f0003f4305666d8f85b"),
      published("ind.cora.tx",
          "b9afbaa4a400df991f6f02ef677e1e44da55ffc04801fd02f9e673987829226a",
          "1e302bafc310cdd6ce6bb41b2c468bc3686c988afc5f92799bd07168d2013729"),
      published("ind.cora.ty",
          "41f5ac76596a1699cc33f53084a2419e92961c42bb75f36fc38e616d348532ad",
          "ff5deeed6f0e816ade1d62a2eb4f3fbccd8c88d0a326c05370df24bc023839d3"),
      published("ind.cora.allx",
          "9419ba2f26f5c35243db64aba110e0f35a04851609e0dc5433450676ca6b8543",
          "c18704848ad0dcf1c20978a68df62bd5fcafbf1753f37d414a8ee8ebc7681286"),
      published("ind.cora.ally",
          "2b998f5cc7fedc86e7f97ca2498f47a1ffc1462c29e2d578b23bf3f62b6e7d71",
          "cde409349448a6ef22cf1763a3019c68e8ecba6f9e2edc8e3baf95a99ef8aec7"),
      published("ind.cora.graph",
          "58f13302f39dde8852dad6fe6d15b89b077b6d7f837626bce671ef80344b383d",
          "7f8a0f971be193324cc2304506a2e0dda0b1024659a76097a6bede5cf657bb75"),
      published("ind.cora.test.index",
          "297ce89af2b51a6a194181c7dbe1796c6a1cf9cd9349a88383b1b1e227867875",
          "eebdf9f7d0546671bf2db005523ff15b7c35a7f80d5e57dffaa4f2fc9a5fad33"),
      published("ind.citeseer.x",
          "d20de19150741e555de0ed037195630fc194114ebc7fd72ced62810148aa22f6",
          "4554fda8fb58573a67f0260954f3cc3638c9cc733e11d28c533fb05ba4409240"),
      published("ind.citeseer.y",
          "8ba87e515d8e3ee3cf52f6d2c5b86aa73f11ecad825a808455209ec26cd54924",
          "bfdc8304918c249f2a6233688a4889aff73d8cc6493d60c76f8708567529e47c"),
      published("ind.citeseer.tx",
          "539a8906a2da97628d212f2fdd668c109a8b3f0d36574b59e5d3fd5b5303da21",
          "234b23260e967ace77d41d92125b4e8d2ee8ff98aaef9aab1f81ed5ca5bc4d1e"),
      published("ind.citeseer.ty",
          "55e5bd1ba1e733a04598753ad1a8d57957f4b8f89e74519f41f4f4938767e4ce",
          "d89dc26c7e2af90debebf123c961fec38429d507f7c56622e2c05e996140186b"),
      published("ind.citeseer.allx",
          "2ac30345d95c9ec933a817ee0bdd6a5f077f8c184a20e696910192d534414668",
          "e3c9159dba6e2e75e6d3db329ca41b1edab0dc3012cf01af4256c83db8f07038"),
      published("ind.citeseer.ally",
          "f704b2d986dde6c2669934de1f3ae5696a6cf9455c0f6b2646a2d135ea0a1c95",
          "5b87ff3cdd04f3b39c30c63c0851e6ff171fcf3f18e920e799e5025897c55609"),
      published("ind.citeseer.graph",
          "d79a4ef9d3e7169aee8946145f6b7306e35bc79bffad26346cfb94e10e9912a7",
          "8982b1274d1e3978d3793bb6ec4cf509444285ad896ec6e1f2b906937383b843"),
      published("ind.citeseer.test.index",
          "2af990671580b6b2df5d158d1038f8292e30c9cd821b5453f399659b25b723d4",
          "ae93d7ea7cac6746b6a5dc61bb75eba03c722000c98ab94b5631664037da8691"));

  private PlanetoidChecksums() {}

  private static Map.Entry<String, Published> published(String fileName, String bytes,
      String content) {
    return Map.entry(fileName, new Published(bytes, content));
  }

  /** The expected SHA-256 (lower-case hex) of the bytes of the file called {@code fileName}. */
  static Optional<String> sha256(String fileName) {
    return Optional.ofNullable(PUBLISHED.get(fileName)).map(Published::bytes);
  }

  /** The expected {@link PlanetoidContent} digest of the file called {@code fileName}. */
  static Optional<String> content(String fileName) {
    return Optional.ofNullable(PUBLISHED.get(fileName)).map(Published::content);
  }

  /** Whether every file of {@code name} has known digests. */
  static boolean knowsAll(PlanetoidName name) {
    for (PlanetoidFile f : PlanetoidFile.values()) {
      if (!PUBLISHED.containsKey(f.fileName(name))) {
        return false;
      }
    }
    return true;
  }

  /** The SHA-256 (lower-case hex) of {@code file}'s bytes. */
  static String sha256Of(Path file) throws IOException {
    return com.google.common.io.Files.asByteSource(file.toFile()).hash(Hashing.sha256())
        .toString();
  }

  /**
   * The files of data set {@code name} in {@code dir} that have known digests and hold other
   * data than the published ones, in {@link PlanetoidFile} order. A file with other bytes is
   * parsed and kept if its content is the published one; missing files are left to the reader
   * to report.
   *
   * @throws DatasetException naming a file that exists but cannot be read, or that has other
   *     bytes and does not parse
   */
  static List<Path> changed(PlanetoidName name, Path dir) {
    List<Path> changed = new ArrayList<>();
    for (PlanetoidFile part : PlanetoidFile.values()) {
      Path file = dir.resolve(part.fileName(name));
      Published expected = PUBLISHED.get(part.fileName(name));
      if (expected == null || !Files.isRegularFile(file)) {
        continue;
      }
      String bytes;
      try {
        bytes = sha256Of(file);
      } catch (IOException e) {
        throw new DatasetException(file, "cannot be read (" + e.getMessage() + ")", e);
      }
      // Comparing bytes first spares the parse for the published files.
      if (!bytes.equals(expected.bytes())
          && !PlanetoidContent.digest(part, file).equals(expected.content())) {
        changed.add(file);
      }
    }
    return changed;
  }
}
