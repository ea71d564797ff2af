package io.closedloop.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Logs in to an embedded server over TCP as its superuser the way any local process could, with or without a password. */
final class Login {

  private Login() {}

  static Connection withPassword(EmbeddedDatabase database, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", database.username());
    properties.setProperty("password", password);
    return DriverManager.getConnection(database.jdbcUrl(), properties);
  }

  static Connection withoutPassword(EmbeddedDatabase database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", database.username());
    return DriverManager.getConnection(database.jdbcUrl(), properties);
  }

  static String queryOne(Connection connection, String sql) throws SQLException {
    try (connection; Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
