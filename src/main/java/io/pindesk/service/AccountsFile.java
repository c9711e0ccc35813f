package io.pindesk.service;

import com.google.gson.Gson;
import io.pindesk.store.JsonFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code accounts.json} in the config folder: account metadata, the last account used and the App ID. */
final class AccountsFile {

    static final String FILE_NAME = "accounts.json";

    /** The file's content; {@code appId} is the registered Pinterest app (never its secret). */
    record Data(int version, String current, List<AccountRecord> accounts, String appId) {
        Data {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }

        static Data empty() {
            return new Data(1, null, List.of(), null);
        }

        Optional<AccountRecord> find(String key) {
            return accounts.stream().filter(a -> a.key().equals(key)).findFirst();
        }

        Data with(AccountRecord record) {
            List<AccountRecord> list = new ArrayList<>();
            boolean replaced = false;
            for (AccountRecord a : accounts) {
                if (a.key().equals(record.key())) {
                    list.add(record);
                    replaced = true;
                } else {
                    list.add(a);
                }
            }
            if (!replaced) {
                list.add(record);
            }
            return new Data(version, current, list, appId);
        }

        Data without(String key) {
            List<AccountRecord> list = accounts.stream().filter(a -> !a.key().equals(key)).toList();
            return new Data(version, key.equals(current) ? null : current, list, appId);
        }

        Data withCurrent(String key) {
            return new Data(version, key, accounts, appId);
        }

        Data withAppId(String id) {
            return new Data(version, current, accounts, id);
        }
    }

    private final JsonFile<Data> file;

    AccountsFile(Path configDir, Gson gson) {
        this.file = new JsonFile<>(configDir.resolve(FILE_NAME), Data.class, gson);
    }

    synchronized Data read() throws IOException {
        return file.read().orElse(Data.empty());
    }

    synchronized void write(Data data) throws IOException {
        file.write(data);
    }
}
