import Database from 'better-sqlite3';
import type { BenchProduct } from './prepare';

type Item = { productId: string; quantity: number };

/**
 * The floor under the runtime: the same per-order writes (read the products, take stock,
 * update the dealer, insert the order) straight on SQLite with the same WAL settings, in one
 * transaction each. Orders per second.
 */
export function rawSqliteRate(file: string, products: BenchProduct[], carts: Item[][]): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE products (id TEXT PRIMARY KEY, doc TEXT NOT NULL)');
  db.exec('CREATE TABLE dealers (id TEXT PRIMARY KEY, doc TEXT NOT NULL)');
  db.exec('CREATE TABLE orders (id TEXT PRIMARY KEY, doc TEXT NOT NULL)');

  const insertProduct = db.prepare('INSERT INTO products (id, doc) VALUES (?, ?)');
  for (const product of products) {
    insertProduct.run(
      product._id,
      JSON.stringify({ stock: product.initialStock, priceFen: 12_800 }),
    );
  }
  db.prepare('INSERT INTO dealers (id, doc) VALUES (?, ?)').run(
    'd',
    JSON.stringify({ openOrderFen: 0 }),
  );

  const readProduct = db.prepare('SELECT doc FROM products WHERE id = ?');
  const takeStock = db.prepare(
    "UPDATE products SET doc = json_set(doc, '$.stock', json_extract(doc, '$.stock') - ?) " +
      "WHERE id = ? AND json_extract(doc, '$.stock') >= ?",
  );
  const readDealer = db.prepare("SELECT doc FROM dealers WHERE id = 'd'");
  const updateDealer = db.prepare("UPDATE dealers SET doc = ? WHERE id = 'd'");
  const insertOrder = db.prepare('INSERT INTO orders (id, doc) VALUES (?, ?)');

  const place = db.transaction((index: number, cart: Item[]) => {
    for (const { productId, quantity } of cart) {
      readProduct.get(productId);
      if (takeStock.run(quantity, productId, quantity).changes !== 1) return;
    }
    const dealer = JSON.parse((readDealer.get() as { doc: string }).doc) as {
      openOrderFen: number;
    };
    updateDealer.run(JSON.stringify({ openOrderFen: dealer.openOrderFen + 1 }));
    insertOrder.run(`raw-${index}`, JSON.stringify({ items: cart, status: 'submitted' }));
  });

  const startedAt = performance.now();
  carts.forEach((cart, index) => place(index, cart));
  const seconds = (performance.now() - startedAt) / 1000;
  db.close();
  return carts.length / seconds;
}
