"""
The shell's utilities (utils/, built with tools/kcc like any program
from elsewhere): head, tail, wc, sort, uniq, od, seq, tr, cut, tee, test
and [, basename, dirname, printf, grep, true, false, sleep, date, typed at
the console of a kestrel whose root is an ext2 disk with the data files
below in /home/t, alone and in pipelines, under both memory models.

The expected outputs are what GNU coreutils printed for the same command
lines and files when the cases were written (GNU's head, sort, printf
and the rest, run on the host), except wc's: kestrel's wc prints POSIX's
"%d %d %d %s", where GNU pads its columns. Exit statuses are read as
/bin/trace reports them ("+++ exited with N +++"), and for a few, as
tests/test_grep.py does: `exit` hands the shell's last status to init,
which reports it before it starts a new shell.
"""

import re

import pytest

import kestrel
from test_shell import Session

BIG = "".join("%d\n" % i for i in range(1, 3001))  # 13893 bytes, 3000 lines

DATA = {
    "fruits": "banana\napple\ncherry\napple\nBanana\ndate\n",
    "table": "root:x:0:0:root:/root:/bin/sh\n"
             "hu:x:1000:1000:Hu Li:/home/hu:/bin/sh\n"
             "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n"
             "daemon:x:1:1::/:\n",
    "scores": "alice 90 3.5\nbob 100 2.25\ncarol  9 -1\ndave 90 10\n"
              "eve -5 0\n",
    "text": "The quick  brown fox\n\tjumps over\nthe lazy dog.\n\nEnd",
    "big": BIG,
}

# (command line typed in /home/t, what it prints).
CASES = [
    ('sort < fruits | head -n 2',
     'Banana\napple\n'),
    ('wc -l < big',
     '3000\n'),
    ('tail -n 1 < big',
     '3000\n'),
    ('head -n 3 fruits',
     'banana\napple\ncherry\n'),
    ('head -c 10 fruits',
     'banana\napp'),
    ('head -n 2 fruits table',
     '==> fruits <==\nbanana\napple\n\n==> table <==\n'
     'root:x:0:0:root:/root:/bin/sh\n'
     'hu:x:1000:1000:Hu Li:/home/hu:/bin/sh\n'),
    ('cat big | head -n 2',
     '1\n2\n'),
    ('seq 1 100 | head -n 3',
     '1\n2\n3\n'),
    ('head -n 0 fruits',
     ''),
    ('tail -n 2 fruits',
     'Banana\ndate\n'),
    ('tail -n +5 fruits',
     'Banana\ndate\n'),
    ('tail -c 8 fruits',
     'na\ndate\n'),
    ('seq 1 3000 | tail -n 3',
     '2998\n2999\n3000\n'),
    ('tail -n 2 fruits table',
     '==> fruits <==\nBanana\ndate\n\n==> table <==\n'
     'bin:x:2:2:bin:/bin:/usr/sbin/nologin\ndaemon:x:1:1::/:\n'),
    ('cat big | tail -c 12',
     '8\n2999\n3000\n'),
    ('tail text',
     'The quick  brown fox\n\tjumps over\nthe lazy dog.\n\nEnd'),
    ('tail -n 1 text',
     'End'),
    ('tail -c +3990 big',
     '020\n1021\n1022\n1023\n1024\n1025\n1026\n1027\n1028\n1029\n1030\n'
     '1031\n1032\n1033\n1034\n1035\n1036\n1037\n1038\n1039\n1040\n1041\n'
     '1042\n1043\n1044\n1045\n1046\n1047\n1048\n1049\n1050\n1051\n1052\n'
     '1053\n1054\n1055\n1056\n1057\n1058\n1059\n1060\n1061\n1062\n1063\n'
     '1064\n1065\n1066\n1067\n1068\n1069\n1070\n1071\n1072\n1073\n1074\n'
     '1075\n1076\n1077\n1078\n1079\n1080\n1081\n1082\n1083\n1084\n1085\n'
     '1086\n1087\n1088\n1089\n1090\n1091\n1092\n1093\n1094\n1095\n1096\n'
     '1097\n1098\n1099\n1100\n1101\n1102\n1103\n1104\n1105\n1106\n1107\n'
     '1108\n1109\n1110\n1111\n1112\n1113\n1114\n1115\n1116\n1117\n1118\n'
     '1119\n1120\n1121\n1122\n1123\n1124\n1125\n1126\n1127\n1128\n1129\n'
     '1130\n1131\n1132\n1133\n1134\n1135\n1136\n1137\n1138\n1139\n1140\n'
     '1141\n1142\n1143\n1144\n1145\n1146\n1147\n1148\n1149\n1150\n1151\n'
     '1152\n1153\n1154\n1155\n1156\n1157\n1158\n1159\n1160\n1161\n1162\n'
     '1163\n1164\n1165\n1166\n1167\n1168\n1169\n1170\n1171\n1172\n1173\n'
     '1174\n1175\n1176\n1177\n1178\n1179\n1180\n1181\n1182\n1183\n1184\n'
     '1185\n1186\n1187\n1188\n1189\n1190\n1191\n1192\n1193\n1194\n1195\n'
     '1196\n1197\n1198\n1199\n1200\n1201\n1202\n1203\n1204\n1205\n1206\n'
     '1207\n1208\n1209\n1210\n1211\n1212\n1213\n1214\n1215\n1216\n1217\n'
     '1218\n1219\n1220\n1221\n1222\n1223\n1224\n1225\n1226\n1227\n1228\n'
     '1229\n1230\n1231\n1232\n1233\n1234\n1235\n1236\n1237\n1238\n1239\n'
     '1240\n1241\n1242\n1243\n1244\n1245\n1246\n1247\n1248\n1249\n1250\n'
     '1251\n1252\n1253\n1254\n1255\n1256\n1257\n1258\n1259\n1260\n1261\n'
     '1262\n1263\n1264\n1265\n1266\n1267\n1268\n1269\n1270\n1271\n1272\n'
     '1273\n1274\n1275\n1276\n1277\n1278\n1279\n1280\n1281\n1282\n1283\n'
     '1284\n1285\n1286\n1287\n1288\n1289\n1290\n1291\n1292\n1293\n1294\n'
     '1295\n1296\n1297\n1298\n1299\n1300\n1301\n1302\n1303\n1304\n1305\n'
     '1306\n1307\n1308\n1309\n1310\n1311\n1312\n1313\n1314\n1315\n1316\n'
     '1317\n1318\n1319\n1320\n1321\n1322\n1323\n1324\n1325\n1326\n1327\n'
     '1328\n1329\n1330\n1331\n1332\n1333\n1334\n1335\n1336\n1337\n1338\n'
     '1339\n1340\n1341\n1342\n1343\n1344\n1345\n1346\n1347\n1348\n1349\n'
     '1350\n1351\n1352\n1353\n1354\n1355\n1356\n1357\n1358\n1359\n1360\n'
     '1361\n1362\n1363\n1364\n1365\n1366\n1367\n1368\n1369\n1370\n1371\n'
     '1372\n1373\n1374\n1375\n1376\n1377\n1378\n1379\n1380\n1381\n1382\n'
     '1383\n1384\n1385\n1386\n1387\n1388\n1389\n1390\n1391\n1392\n1393\n'
     '1394\n1395\n1396\n1397\n1398\n1399\n1400\n1401\n1402\n1403\n1404\n'
     '1405\n1406\n1407\n1408\n1409\n1410\n1411\n1412\n1413\n1414\n1415\n'
     '1416\n1417\n1418\n1419\n1420\n1421\n1422\n1423\n1424\n1425\n1426\n'
     '1427\n1428\n1429\n1430\n1431\n1432\n1433\n1434\n1435\n1436\n1437\n'
     '1438\n1439\n1440\n1441\n1442\n1443\n1444\n1445\n1446\n1447\n1448\n'
     '1449\n1450\n1451\n1452\n1453\n1454\n1455\n1456\n1457\n1458\n1459\n'
     '1460\n1461\n1462\n1463\n1464\n1465\n1466\n1467\n1468\n1469\n1470\n'
     '1471\n1472\n1473\n1474\n1475\n1476\n1477\n1478\n1479\n1480\n1481\n'
     '1482\n1483\n1484\n1485\n1486\n1487\n1488\n1489\n1490\n1491\n1492\n'
     '1493\n1494\n1495\n1496\n1497\n1498\n1499\n1500\n1501\n1502\n1503\n'
     '1504\n1505\n1506\n1507\n1508\n1509\n1510\n1511\n1512\n1513\n1514\n'
     '1515\n1516\n1517\n1518\n1519\n1520\n1521\n1522\n1523\n1524\n1525\n'
     '1526\n1527\n1528\n1529\n1530\n1531\n1532\n1533\n1534\n1535\n1536\n'
     '1537\n1538\n1539\n1540\n1541\n1542\n1543\n1544\n1545\n1546\n1547\n'
     '1548\n1549\n1550\n1551\n1552\n1553\n1554\n1555\n1556\n1557\n1558\n'
     '1559\n1560\n1561\n1562\n1563\n1564\n1565\n1566\n1567\n1568\n1569\n'
     '1570\n1571\n1572\n1573\n1574\n1575\n1576\n1577\n1578\n1579\n1580\n'
     '1581\n1582\n1583\n1584\n1585\n1586\n1587\n1588\n1589\n1590\n1591\n'
     '1592\n1593\n1594\n1595\n1596\n1597\n1598\n1599\n1600\n1601\n1602\n'
     '1603\n1604\n1605\n1606\n1607\n1608\n1609\n1610\n1611\n1612\n1613\n'
     '1614\n1615\n1616\n1617\n1618\n1619\n1620\n1621\n1622\n1623\n1624\n'
     '1625\n1626\n1627\n1628\n1629\n1630\n1631\n1632\n1633\n1634\n1635\n'
     '1636\n1637\n1638\n1639\n1640\n1641\n1642\n1643\n1644\n1645\n1646\n'
     '1647\n1648\n1649\n1650\n1651\n1652\n1653\n1654\n1655\n1656\n1657\n'
     '1658\n1659\n1660\n1661\n1662\n1663\n1664\n1665\n1666\n1667\n1668\n'
     '1669\n1670\n1671\n1672\n1673\n1674\n1675\n1676\n1677\n1678\n1679\n'
     '1680\n1681\n1682\n1683\n1684\n1685\n1686\n1687\n1688\n1689\n1690\n'
     '1691\n1692\n1693\n1694\n1695\n1696\n1697\n1698\n1699\n1700\n1701\n'
     '1702\n1703\n1704\n1705\n1706\n1707\n1708\n1709\n1710\n1711\n1712\n'
     '1713\n1714\n1715\n1716\n1717\n1718\n1719\n1720\n1721\n1722\n1723\n'
     '1724\n1725\n1726\n1727\n1728\n1729\n1730\n1731\n1732\n1733\n1734\n'
     '1735\n1736\n1737\n1738\n1739\n1740\n1741\n1742\n1743\n1744\n1745\n'
     '1746\n1747\n1748\n1749\n1750\n1751\n1752\n1753\n1754\n1755\n1756\n'
     '1757\n1758\n1759\n1760\n1761\n1762\n1763\n1764\n1765\n1766\n1767\n'
     '1768\n1769\n1770\n1771\n1772\n1773\n1774\n1775\n1776\n1777\n1778\n'
     '1779\n1780\n1781\n1782\n1783\n1784\n1785\n1786\n1787\n1788\n1789\n'
     '1790\n1791\n1792\n1793\n1794\n1795\n1796\n1797\n1798\n1799\n1800\n'
     '1801\n1802\n1803\n1804\n1805\n1806\n1807\n1808\n1809\n1810\n1811\n'
     '1812\n1813\n1814\n1815\n1816\n1817\n1818\n1819\n1820\n1821\n1822\n'
     '1823\n1824\n1825\n1826\n1827\n1828\n1829\n1830\n1831\n1832\n1833\n'
     '1834\n1835\n1836\n1837\n1838\n1839\n1840\n1841\n1842\n1843\n1844\n'
     '1845\n1846\n1847\n1848\n1849\n1850\n1851\n1852\n1853\n1854\n1855\n'
     '1856\n1857\n1858\n1859\n1860\n1861\n1862\n1863\n1864\n1865\n1866\n'
     '1867\n1868\n1869\n1870\n1871\n1872\n1873\n1874\n1875\n1876\n1877\n'
     '1878\n1879\n1880\n1881\n1882\n1883\n1884\n1885\n1886\n1887\n1888\n'
     '1889\n1890\n1891\n1892\n1893\n1894\n1895\n1896\n1897\n1898\n1899\n'
     '1900\n1901\n1902\n1903\n1904\n1905\n1906\n1907\n1908\n1909\n1910\n'
     '1911\n1912\n1913\n1914\n1915\n1916\n1917\n1918\n1919\n1920\n1921\n'
     '1922\n1923\n1924\n1925\n1926\n1927\n1928\n1929\n1930\n1931\n1932\n'
     '1933\n1934\n1935\n1936\n1937\n1938\n1939\n1940\n1941\n1942\n1943\n'
     '1944\n1945\n1946\n1947\n1948\n1949\n1950\n1951\n1952\n1953\n1954\n'
     '1955\n1956\n1957\n1958\n1959\n1960\n1961\n1962\n1963\n1964\n1965\n'
     '1966\n1967\n1968\n1969\n1970\n1971\n1972\n1973\n1974\n1975\n1976\n'
     '1977\n1978\n1979\n1980\n1981\n1982\n1983\n1984\n1985\n1986\n1987\n'
     '1988\n1989\n1990\n1991\n1992\n1993\n1994\n1995\n1996\n1997\n1998\n'
     '1999\n2000\n2001\n2002\n2003\n2004\n2005\n2006\n2007\n2008\n2009\n'
     '2010\n2011\n2012\n2013\n2014\n2015\n2016\n2017\n2018\n2019\n2020\n'
     '2021\n2022\n2023\n2024\n2025\n2026\n2027\n2028\n2029\n2030\n2031\n'
     '2032\n2033\n2034\n2035\n2036\n2037\n2038\n2039\n2040\n2041\n2042\n'
     '2043\n2044\n2045\n2046\n2047\n2048\n2049\n2050\n2051\n2052\n2053\n'
     '2054\n2055\n2056\n2057\n2058\n2059\n2060\n2061\n2062\n2063\n2064\n'
     '2065\n2066\n2067\n2068\n2069\n2070\n2071\n2072\n2073\n2074\n2075\n'
     '2076\n2077\n2078\n2079\n2080\n2081\n2082\n2083\n2084\n2085\n2086\n'
     '2087\n2088\n2089\n2090\n2091\n2092\n2093\n2094\n2095\n2096\n2097\n'
     '2098\n2099\n2100\n2101\n2102\n2103\n2104\n2105\n2106\n2107\n2108\n'
     '2109\n2110\n2111\n2112\n2113\n2114\n2115\n2116\n2117\n2118\n2119\n'
     '2120\n2121\n2122\n2123\n2124\n2125\n2126\n2127\n2128\n2129\n2130\n'
     '2131\n2132\n2133\n2134\n2135\n2136\n2137\n2138\n2139\n2140\n2141\n'
     '2142\n2143\n2144\n2145\n2146\n2147\n2148\n2149\n2150\n2151\n2152\n'
     '2153\n2154\n2155\n2156\n2157\n2158\n2159\n2160\n2161\n2162\n2163\n'
     '2164\n2165\n2166\n2167\n2168\n2169\n2170\n2171\n2172\n2173\n2174\n'
     '2175\n2176\n2177\n2178\n2179\n2180\n2181\n2182\n2183\n2184\n2185\n'
     '2186\n2187\n2188\n2189\n2190\n2191\n2192\n2193\n2194\n2195\n2196\n'
     '2197\n2198\n2199\n2200\n2201\n2202\n2203\n2204\n2205\n2206\n2207\n'
     '2208\n2209\n2210\n2211\n2212\n2213\n2214\n2215\n2216\n2217\n2218\n'
     '2219\n2220\n2221\n2222\n2223\n2224\n2225\n2226\n2227\n2228\n2229\n'
     '2230\n2231\n2232\n2233\n2234\n2235\n2236\n2237\n2238\n2239\n2240\n'
     '2241\n2242\n2243\n2244\n2245\n2246\n2247\n2248\n2249\n2250\n2251\n'
     '2252\n2253\n2254\n2255\n2256\n2257\n2258\n2259\n2260\n2261\n2262\n'
     '2263\n2264\n2265\n2266\n2267\n2268\n2269\n2270\n2271\n2272\n2273\n'
     '2274\n2275\n2276\n2277\n2278\n2279\n2280\n2281\n2282\n2283\n2284\n'
     '2285\n2286\n2287\n2288\n2289\n2290\n2291\n2292\n2293\n2294\n2295\n'
     '2296\n2297\n2298\n2299\n2300\n2301\n2302\n2303\n2304\n2305\n2306\n'
     '2307\n2308\n2309\n2310\n2311\n2312\n2313\n2314\n2315\n2316\n2317\n'
     '2318\n2319\n2320\n2321\n2322\n2323\n2324\n2325\n2326\n2327\n2328\n'
     '2329\n2330\n2331\n2332\n2333\n2334\n2335\n2336\n2337\n2338\n2339\n'
     '2340\n2341\n2342\n2343\n2344\n2345\n2346\n2347\n2348\n2349\n2350\n'
     '2351\n2352\n2353\n2354\n2355\n2356\n2357\n2358\n2359\n2360\n2361\n'
     '2362\n2363\n2364\n2365\n2366\n2367\n2368\n2369\n2370\n2371\n2372\n'
     '2373\n2374\n2375\n2376\n2377\n2378\n2379\n2380\n2381\n2382\n2383\n'
     '2384\n2385\n2386\n2387\n2388\n2389\n2390\n2391\n2392\n2393\n2394\n'
     '2395\n2396\n2397\n2398\n2399\n2400\n2401\n2402\n2403\n2404\n2405\n'
     '2406\n2407\n2408\n2409\n2410\n2411\n2412\n2413\n2414\n2415\n2416\n'
     '2417\n2418\n2419\n2420\n2421\n2422\n2423\n2424\n2425\n2426\n2427\n'
     '2428\n2429\n2430\n2431\n2432\n2433\n2434\n2435\n2436\n2437\n2438\n'
     '2439\n2440\n2441\n2442\n2443\n2444\n2445\n2446\n2447\n2448\n2449\n'
     '2450\n2451\n2452\n2453\n2454\n2455\n2456\n2457\n2458\n2459\n2460\n'
     '2461\n2462\n2463\n2464\n2465\n2466\n2467\n2468\n2469\n2470\n2471\n'
     '2472\n2473\n2474\n2475\n2476\n2477\n2478\n2479\n2480\n2481\n2482\n'
     '2483\n2484\n2485\n2486\n2487\n2488\n2489\n2490\n2491\n2492\n2493\n'
     '2494\n2495\n2496\n2497\n2498\n2499\n2500\n2501\n2502\n2503\n2504\n'
     '2505\n2506\n2507\n2508\n2509\n2510\n2511\n2512\n2513\n2514\n2515\n'
     '2516\n2517\n2518\n2519\n2520\n2521\n2522\n2523\n2524\n2525\n2526\n'
     '2527\n2528\n2529\n2530\n2531\n2532\n2533\n2534\n2535\n2536\n2537\n'
     '2538\n2539\n2540\n2541\n2542\n2543\n2544\n2545\n2546\n2547\n2548\n'
     '2549\n2550\n2551\n2552\n2553\n2554\n2555\n2556\n2557\n2558\n2559\n'
     '2560\n2561\n2562\n2563\n2564\n2565\n2566\n2567\n2568\n2569\n2570\n'
     '2571\n2572\n2573\n2574\n2575\n2576\n2577\n2578\n2579\n2580\n2581\n'
     '2582\n2583\n2584\n2585\n2586\n2587\n2588\n2589\n2590\n2591\n2592\n'
     '2593\n2594\n2595\n2596\n2597\n2598\n2599\n2600\n2601\n2602\n2603\n'
     '2604\n2605\n2606\n2607\n2608\n2609\n2610\n2611\n2612\n2613\n2614\n'
     '2615\n2616\n2617\n2618\n2619\n2620\n2621\n2622\n2623\n2624\n2625\n'
     '2626\n2627\n2628\n2629\n2630\n2631\n2632\n2633\n2634\n2635\n2636\n'
     '2637\n2638\n2639\n2640\n2641\n2642\n2643\n2644\n2645\n2646\n2647\n'
     '2648\n2649\n2650\n2651\n2652\n2653\n2654\n2655\n2656\n2657\n2658\n'
     '2659\n2660\n2661\n2662\n2663\n2664\n2665\n2666\n2667\n2668\n2669\n'
     '2670\n2671\n2672\n2673\n2674\n2675\n2676\n2677\n2678\n2679\n2680\n'
     '2681\n2682\n2683\n2684\n2685\n2686\n2687\n2688\n2689\n2690\n2691\n'
     '2692\n2693\n2694\n2695\n2696\n2697\n2698\n2699\n2700\n2701\n2702\n'
     '2703\n2704\n2705\n2706\n2707\n2708\n2709\n2710\n2711\n2712\n2713\n'
     '2714\n2715\n2716\n2717\n2718\n2719\n2720\n2721\n2722\n2723\n2724\n'
     '2725\n2726\n2727\n2728\n2729\n2730\n2731\n2732\n2733\n2734\n2735\n'
     '2736\n2737\n2738\n2739\n2740\n2741\n2742\n2743\n2744\n2745\n2746\n'
     '2747\n2748\n2749\n2750\n2751\n2752\n2753\n2754\n2755\n2756\n2757\n'
     '2758\n2759\n2760\n2761\n2762\n2763\n2764\n2765\n2766\n2767\n2768\n'
     '2769\n2770\n2771\n2772\n2773\n2774\n2775\n2776\n2777\n2778\n2779\n'
     '2780\n2781\n2782\n2783\n2784\n2785\n2786\n2787\n2788\n2789\n2790\n'
     '2791\n2792\n2793\n2794\n2795\n2796\n2797\n2798\n2799\n2800\n2801\n'
     '2802\n2803\n2804\n2805\n2806\n2807\n2808\n2809\n2810\n2811\n2812\n'
     '2813\n2814\n2815\n2816\n2817\n2818\n2819\n2820\n2821\n2822\n2823\n'
     '2824\n2825\n2826\n2827\n2828\n2829\n2830\n2831\n2832\n2833\n2834\n'
     '2835\n2836\n2837\n2838\n2839\n2840\n2841\n2842\n2843\n2844\n2845\n'
     '2846\n2847\n2848\n2849\n2850\n2851\n2852\n2853\n2854\n2855\n2856\n'
     '2857\n2858\n2859\n2860\n2861\n2862\n2863\n2864\n2865\n2866\n2867\n'
     '2868\n2869\n2870\n2871\n2872\n2873\n2874\n2875\n2876\n2877\n2878\n'
     '2879\n2880\n2881\n2882\n2883\n2884\n2885\n2886\n2887\n2888\n2889\n'
     '2890\n2891\n2892\n2893\n2894\n2895\n2896\n2897\n2898\n2899\n2900\n'
     '2901\n2902\n2903\n2904\n2905\n2906\n2907\n2908\n2909\n2910\n2911\n'
     '2912\n2913\n2914\n2915\n2916\n2917\n2918\n2919\n2920\n2921\n2922\n'
     '2923\n2924\n2925\n2926\n2927\n2928\n2929\n2930\n2931\n2932\n2933\n'
     '2934\n2935\n2936\n2937\n2938\n2939\n2940\n2941\n2942\n2943\n2944\n'
     '2945\n2946\n2947\n2948\n2949\n2950\n2951\n2952\n2953\n2954\n2955\n'
     '2956\n2957\n2958\n2959\n2960\n2961\n2962\n2963\n2964\n2965\n2966\n'
     '2967\n2968\n2969\n2970\n2971\n2972\n2973\n2974\n2975\n2976\n2977\n'
     '2978\n2979\n2980\n2981\n2982\n2983\n2984\n2985\n2986\n2987\n2988\n'
     '2989\n2990\n2991\n2992\n2993\n2994\n2995\n2996\n2997\n2998\n2999\n'
     '3000\n'),
    ('sort fruits',
     'Banana\napple\napple\nbanana\ncherry\ndate\n'),
    ('sort -r fruits',
     'date\ncherry\nbanana\napple\napple\nBanana\n'),
    ('sort -u fruits',
     'Banana\napple\nbanana\ncherry\ndate\n'),
    ('sort -f fruits',
     'apple\napple\nBanana\nbanana\ncherry\ndate\n'),
    ('sort -fu fruits',
     'apple\nbanana\ncherry\ndate\n'),
    ('sort -t : -k 3,3n table',
     'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1::/:\n'
     'bin:x:2:2:bin:/bin:/usr/sbin/nologin\n'
     'hu:x:1000:1000:Hu Li:/home/hu:/bin/sh\n'),
    ('sort -t : -k 3n table',
     'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1::/:\n'
     'bin:x:2:2:bin:/bin:/usr/sbin/nologin\n'
     'hu:x:1000:1000:Hu Li:/home/hu:/bin/sh\n'),
    ('sort -k 2n scores',
     'eve -5 0\ncarol  9 -1\nalice 90 3.5\ndave 90 10\nbob 100 2.25\n'),
    ('sort -k2,2nr -k1,1 scores',
     'bob 100 2.25\nalice 90 3.5\ndave 90 10\ncarol  9 -1\neve -5 0\n'),
    ('sort -k 3n scores',
     'carol  9 -1\neve -5 0\nbob 100 2.25\nalice 90 3.5\ndave 90 10\n'),
    ('sort -n -k 2 scores',
     'eve -5 0\ncarol  9 -1\nalice 90 3.5\ndave 90 10\nbob 100 2.25\n'),
    ('sort -b -k 2 scores',
     'eve -5 0\nbob 100 2.25\ncarol  9 -1\ndave 90 10\nalice 90 3.5\n'),
    ('sort -k 2 scores',
     'carol  9 -1\neve -5 0\nbob 100 2.25\ndave 90 10\nalice 90 3.5\n'),
    ('sort -r big | head -n 3',
     '999\n998\n997\n'),
    ('seq 1 100 | sort -rn | head -n 3',
     '100\n99\n98\n'),
    ('cat big big | sort -n | uniq -d | wc -l',
     '3000\n'),
    ('sort -t : -k 6 table',
     'daemon:x:1:1::/:\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\n'
     'hu:x:1000:1000:Hu Li:/home/hu:/bin/sh\n'
     'root:x:0:0:root:/root:/bin/sh\n'),
    ('sort -k 1.2,1.3 fruits',
     'Banana\nbanana\ndate\ncherry\napple\napple\n'),
    ('printf "b\\na\\nb\\n" | sort | uniq -c',
     '      1 a\n      2 b\n'),
    ('sort fruits | uniq -d',
     'apple\n'),
    ('sort fruits | uniq -u',
     'Banana\nbanana\ncherry\ndate\n'),
    ('sort fruits | uniq -c',
     '      1 Banana\n      2 apple\n      1 banana\n      1 cherry\n'
     '      1 date\n'),
    ('uniq fruits',
     'banana\napple\ncherry\napple\nBanana\ndate\n'),
    ('sort -f fruits | uniq -c',
     '      2 apple\n      1 Banana\n      1 banana\n      1 cherry\n'
     '      1 date\n'),
    ('printf "a x\\nb x\\nc y\\n" | uniq -f 1 -c',
     '      2 a x\n      1 c y\n'),
    ('printf "xa\\nya\\nzb\\n" | uniq -s 1',
     'xa\nzb\n'),
    ('echo hello | od -c',
     '0000000   h   e   l   l   o  \\n\n0000006\n'),
    ('od -c fruits',
     '0000000   b   a   n   a   n   a  \\n   a   p   p   l   e  \\'
     'n   c   h   e\n'
     '0000020   r   r   y  \\n   a   p   p   l   e  \\n   B   a   '
     'n   a   n   a\n0000040  \\n   d   a   t   e  \\n\n0000046\n'),
    ('od -An -t x1 fruits',
     ' 62 61 6e 61 6e 61 0a 61 70 70 6c 65 0a 63 68 65\n'
     ' 72 72 79 0a 61 70 70 6c 65 0a 42 61 6e 61 6e 61\n'
     ' 0a 64 61 74 65 0a\n'),
    ('od -t x2 fruits',
     '0000000 6162 616e 616e 610a 7070 656c 630a 6568\n'
     '0000020 7272 0a79 7061 6c70 0a65 6142 616e 616e\n'
     '0000040 640a 7461 0a65\n0000046\n'),
    ('od fruits',
     '0000000 060542 060556 060556 060412 070160 062554 061412 062550\n'
     '0000020 071162 005171 070141 066160 005145 060502 060556 060556\n'
     '0000040 062012 072141 005145\n0000046\n'),
    ('od -b text',
     '0000000 124 150 145 040 161 165 151 143 153 040 040 142 16'
     '2 157 167 156\n'
     '0000020 040 146 157 170 012 011 152 165 155 160 163 040 15'
     '7 166 145 162\n'
     '0000040 012 164 150 145 040 154 141 172 171 040 144 157 14'
     '7 056 012 012\n0000060 105 156 144\n0000063\n'),
    ('od -t d4 -Ad -N 64 big',
     '0000000   171051569   171182643   171313717   171444791\n'
     '0000016   808520249   170995978   822751793   875629107\n'
     '0000032   171258122   822752817   942737975   171520266\n'
     '0000048   839528498   842140209   171127306   839529522\n'
     '0000064\n'),
    ('od -t d4 -Ad -j 13872 big',
     '0013872   960049674   959580727   839530553   171522361\n'
     '0013888   808464435          10\n'
     '0013893\n'),
    ('seq 1 20 | od -x',
     '0000000 0a31 0a32 0a33 0a34 0a35 0a36 0a37 0a38\n'
     '0000020 0a39 3031 310a 0a31 3231 310a 0a33 3431\n'
     '0000040 310a 0a35 3631 310a 0a37 3831 310a 0a39\n'
     '0000060 3032 000a\n0000063\n'),
    ('od -Ax -t o1 -N 16 big',
     '000000 061 012 062 012 063 012 064 012 065 012 066 012 067'
     ' 012 070 012\n000010\n'),
    ('od -j 4 -N 10 -c fruits',
     '0000004   n   a  \\n   a   p   p   l   e  \\n   c\n0000016\n'),
    ('printf "%016d%016d%016d%d" 0 0 0 1 | od -c',
     '0000000   0   0   0   0   0   0   0   0   0   0   0   0   '
     '0   0   0   0\n*\n0000060   1\n0000061\n'),
    ('printf "%016d%016d%016d%d" 0 0 0 1 | od -v -c',
     '0000000   0   0   0   0   0   0   0   0   0   0   0   0   '
     '0   0   0   0\n'
     '0000020   0   0   0   0   0   0   0   0   0   0   0   0   '
     '0   0   0   0\n'
     '0000040   0   0   0   0   0   0   0   0   0   0   0   0   '
     '0   0   0   0\n0000060   1\n0000061\n'),
    ('seq 5',
     '1\n2\n3\n4\n5\n'),
    ('seq 2 4',
     '2\n3\n4\n'),
    ('seq 10 -3 1',
     '10\n7\n4\n1\n'),
    ('seq -w 8 10',
     '08\n09\n10\n'),
    ('seq -s , 1 5',
     '1,2,3,4,5\n'),
    ('seq -5 -3',
     '-5\n-4\n-3\n'),
    ('seq 5 1',
     ''),
    ('seq -w -3 2',
     '-3\n-2\n-1\n00\n01\n02\n'),
    ('echo hello | tr a-z A-Z',
     'HELLO\n'),
    ('cat fruits | tr "[:lower:]" "[:upper:]"',
     'BANANA\nAPPLE\nCHERRY\nAPPLE\nBANANA\nDATE\n'),
    ('cat fruits | tr -d aeiou',
     'bnn\nppl\nchrry\nppl\nBnn\ndt\n'),
    ('cat text | tr -s " "',
     'The quick brown fox\n\tjumps over\nthe lazy dog.\n\nEnd'),
    ('cat text | tr -cs "[:alpha:]" "\\n"',
     'The\nquick\nbrown\nfox\njumps\nover\nthe\nlazy\ndog\nEnd'),
    ('echo hello | tr "\\150" x',
     'xello\n'),
    ('echo abcdef | tr abc x',
     'xxxdef\n'),
    ('echo aabbccdd | tr -ds ab c',
     'cdd\n'),
    ('echo hello world | tr -c "a-z\\n" _',
     'hello_world\n'),
    ('echo a1b2c3 | tr -d "[:digit:]"',
     'abc\n'),
    ('echo "hello  world" | tr "[:space:]" "\\t"',
     'hello\t\tworld\t'),
    ('echo hello | tr a-y "[b*]"',
     'bbbbb\n'),
    ('echo abc | tr abc "[x*2]y"',
     'xxy\n'),
    ('cut -d : -f 1,3 table',
     'root:0\nhu:1000\nbin:2\ndaemon:1\n'),
    ('cut -c 1-3 fruits',
     'ban\napp\nche\napp\nBan\ndat\n'),
    ('cut -b 2- fruits',
     'anana\npple\nherry\npple\nanana\nate\n'),
    ('cut -f 2 -d " " scores',
     '90\n100\n\n90\n-5\n'),
    ('cut -d : -f 5 -s table',
     'root\nHu Li\nbin\n\n'),
    ('cut -c -2,4 fruits',
     'baa\napl\nchr\napl\nBaa\ndae\n'),
    ('cut -f 1,6- -d : table',
     'root:/root:/bin/sh\nhu:/home/hu:/bin/sh\n'
     'bin:/bin:/usr/sbin/nologin\ndaemon:/:\n'),
    ('echo a:b:c | cut -d : -f 2',
     'b\n'),
    ('echo nodelim | cut -d : -f 2',
     'nodelim\n'),
    ('echo nodelim | cut -d : -f 2 -s',
     ''),
    ('basename /usr/lib/x.so .so',
     'x\n'),
    ('basename /',
     '/\n'),
    ('basename a/b/',
     'b\n'),
    ('basename x.so .so',
     'x\n'),
    ('basename /usr//lib//',
     'lib\n'),
    ('dirname /usr/lib',
     '/usr\n'),
    ('dirname a',
     '.\n'),
    ('dirname /',
     '/\n'),
    ('dirname a/b//',
     'a\n'),
    ('dirname /a',
     '/\n'),
    ('dirname //a//b//',
     '//a\n'),
    ('printf "%d|%5s|%-5s|%x\\n" 42 ab cd 255',
     '42|   ab|cd   |ff\n'),
    ('printf "%05d %+d % d %o %X %#x %#o\\n" 42 7 7 8 255 255 8',
     '00042 +7  7 10 FF 0xff 010\n'),
    ('printf "%s\\n" a b c',
     'a\nb\nc\n'),
    ('printf "%s=%d\\n" a 1 b',
     'a=1\nb=0\n'),
    ('printf "%c%c\\n" A BC',
     'AB\n'),
    ('printf "%b" "a\\tb\\n"',
     'a\tb\n'),
    ('printf "%d %d\\n" "\'A" "\'0"',
     '65 48\n'),
    ('printf "%.3s|%8.2s|\\n" abcdef xyz',
     'abc|      xy|\n'),
    ('printf "%*d|%-*d|\\n" 5 1 4 2',
     '    1|2   |\n'),
    ('printf "%u %x\\n" -1 -1',
     '18446744073709551615 ffffffffffffffff\n'),
    ('printf "%d\\n" 0x1f 017 -12',
     '31\n15\n-12\n'),
    ('printf "no newline"',
     'no newline'),
    ('printf "%%|\\101\\n"',
     '%|A\n'),
    ('printf "%b|\\n" "x\\0101y" "stop\\cnot"',
     'xAy|\nstop'),
    ('printf "%i %5.3d|\\n" 9 7',
     '9   007|\n'),
    ('printf "%s\\n"',
     '\n'),
    ('printf "a\\tb\\\\c\\n"',
     'a\tb\\c\n'),
    ('wc fruits',
     '6 6 38 fruits\n'),
    ('wc -l big',
     '3000 big\n'),
    ('wc -w text',
     '10 text\n'),
    ('wc -c fruits',
     '38 fruits\n'),
    ('cat text | wc',
     '4 10 51\n'),
    ('wc -l fruits table',
     '6 fruits\n4 table\n10 total\n'),
    ('wc -lw text',
     '4 10 text\n'),
    ('wc -m fruits',
     '38 fruits\n'),
    ('grep -F . text',
     'the lazy dog.\n'),
    ('grep -x apple fruits',
     'apple\napple\n'),
    ('grep -c an fruits',
     '2\n'),
    ('grep -i banana fruits',
     'banana\nBanana\n'),
    ('grep -n -E "^(a|d)" fruits',
     '2:apple\n4:apple\n6:date\n'),
    ('grep -v -x -e apple -e banana fruits',
     'cherry\nBanana\ndate\n'),
]

# Lines that run one after another (each may depend on the one before),
# and what they print together: files written by tee and uniq on the
# disk, and the programs' messages on standard error (the console).
SEQUENCES = [
    (("echo hi | tee out1 out2", "cat out1 out2", "echo more | tee -a out1",
      "cat out1"),
     "hi\nhi\nhi\nmore\nhi\nmore\n"),
    (("sort fruits | uniq -c - counts", "cat counts"),
     "      1 Banana\n      2 apple\n      1 banana\n      1 cherry\n"
     "      1 date\n"),
    (("sort -o sorted fruits", "head -n 2 sorted", "sort -r -o sorted sorted",
      "head -n 1 sorted"),
     "Banana\napple\ndate\n"),
    (("seq 1 2000 | tee seq.out | tail -n 1", "wc -l seq.out"),
     "2000\n2000 seq.out\n"),
    (("head -n 1 fruits nope",),
     "==> fruits <==\nbanana\nhead: nope: No such file or directory\n"),
    (("printf %d abc", "echo"),
     "printf: 'abc': expected a numeric value\n0\n"),
    (("seq x",), "seq: invalid integer 'x'\n"),
    (("test 1 -eq x",), "test: x: integer expected\n"),
    (("cut -f 0 fruits",), "cut: invalid list '0'\n"),
]

# (command line, its exit status).
STATUSES = [
    ("true", 0), ("false", 1), ("true -x", 0),
    ("test -d /", 0), ("test -d /home/t/fruits", 1),
    ("test -f /home/t/fruits", 0), ("test -f /", 1),
    ("test -e /home/t/nope", 1), ("test -s /home/t/fruits", 0),
    ("test -r /home/t/fruits", 0), ("test -w /home/t/fruits", 0),
    ("test -x /bin/sh", 0), ("test -x /home/t/fruits", 1),
    ("test -z \"\"", 0), ("test -n \"\"", 1), ("test a", 0),
    ("test \"\"", 1), ("test", 1), ("test -n", 0), ("test !", 0),
    ("test ! a", 1), ("test a = a", 0), ("test a != a", 1),
    ("test 1 -lt 2", 0), ("test 2 -le 1", 1), ("test -5 -lt 3", 0),
    ("test 3 -ge 4", 1), ("test 5 -ne 5", 1), ("test 3 -gt 2", 0),
    ("test ( a = a )", 0), ("test ! ( a = b )", 0), ("test a -a \"\"", 1),
    ("test \"\" -o b", 0), ("test -n a -a -z b", 1),
    ("test 1 -eq 1 -o 1 -eq 2 -a 1 -eq 3", 0),
    ("test ( 1 -eq 1 -o 1 -eq 2 ) -a 1 -eq 3", 1),
    ("test ! -d /home/t/fruits -a -f /home/t/fruits", 0),
    ("test x -eq 1", 2), ("test a b", 2), ("test ( a", 2),
    ("test a = a = a", 2),
    ("[ 1 -lt 2 ]", 0), ("[ 2 -lt 1 ]", 1), ("[ -d / ]", 0), ("[ ]", 1),
    ("[ 1 -lt 2", 2),
    ("printf %d 5", 0), ("printf %d abc", 1), ("printf %d 12abc", 1),
    ("printf %z", 1), ("seq a", 1), ("head -n x /home/t/fruits", 1),
    ("head /home/t/nope", 1), ("sort -k 0 /home/t/fruits", 2),
    ("sort /home/t/nope", 2), ("sort -c /home/t/big", 1),
    ("sort -n -c /home/t/big", 0), ("tr", 2), ("uniq /home/t/nope", 1),
    ("cut -f 0 /home/t/fruits", 1), ("echo x | tee /nodir/x", 1),
    ("sleep x", 1), ("sleep 0.2", 0), ("basename", 2), ("dirname", 2),
    ("od -t y /home/t/fruits", 2), ("wc /home/t/nope", 1),
    ("grep -x apple /home/t/fruits", 0), ("grep -s 1 /home/t/nope", 2),
    ("date +%Y", 0), ("date -k", 2),
]


# Lines whose status is also read the way a user at the console would,
# through exit and init's report (a second each: init pauses before it
# restarts a shell that lived less than a second).
EXIT_STATUSES = [("false", 1), ("test -d /", 0), ("[ 2 -lt 1 ]", 1),
                 ("printf %d abc", 1), ("test ( a", 2)]


def make_image(tmp_path_factory):
    files = {"/home/t/" + name: text.encode() for name, text in DATA.items()}
    path = str(tmp_path_factory.mktemp("utils") / "disk.img")
    return kestrel.make_disk(path, files)


@pytest.fixture(scope="module", params=kestrel.ALL_MODES)
def shell(request, tmp_path_factory):
    """A shell at its prompt in /home/t, one boot per memory model."""
    img = make_image(tmp_path_factory)
    s = Session("quiet mm=%s" % request.param, extra=kestrel.disk_args(img))
    s.read_until(r"^\$ ")
    s.run("cd /home/t")
    yield s
    s.close()


def output(shell, line):
    """Runs line; returns all it printed: after the echoed line, up to
    the prompt (which follows output without a final newline)."""
    start = len(shell.out)
    shell.type(line + "\r")
    shell.read_until(r"\$ \Z", timeout=30)
    text = shell.out[start:shell.mark]
    return text[text.index("\n") + 1:-2]


@pytest.mark.parametrize("line,expected", CASES, ids=[c[0] for c in CASES])
def test_output(shell, line, expected):
    got = output(shell, line)
    assert got == expected, (
        "%r printed\n%r\nbut GNU prints\n%r" % (line, got, expected))


@pytest.mark.parametrize("lines,expected", SEQUENCES,
                         ids=[s[0][0] for s in SEQUENCES])
def test_sequence(shell, lines, expected):
    got = "".join(output(shell, line) for line in lines)
    assert got == expected, (
        "%s printed\n%r\nnot\n%r" % (" ; ".join(lines), got, expected))


@pytest.mark.parametrize("line,status", STATUSES,
                         ids=[s[0] for s in STATUSES])
def test_status(shell, line, status):
    # /bin/trace runs the line's last program and reports how it ended.
    left, bar, last = line.rpartition("| ")
    out = output(shell, left + bar + "trace " + last)
    m = re.search(r"^\+\+\+ exited with (\d+) \+\+\+$", out, re.M)
    assert m, "%r: trace did not say how it ended:\n%s" % (line, out)
    assert int(m.group(1)) == status, (
        "%r exited with status %s, not %d" % (line, m.group(1), status))


@pytest.mark.parametrize("line,status", EXIT_STATUSES,
                         ids=[s[0] for s in EXIT_STATUSES])
def test_status_through_exit(shell, line, status):
    output(shell, line)
    shell.type("exit\r")
    m = shell.read_until(r"init: shell exited \(status (\d+)\), restarting")
    shell.read_until(r"^\$ ")
    shell.run("cd /home/t")
    assert int(m.group(1)) == status, (
        "%r exited with status %s, not %d" % (line, m.group(1), status))


def test_date_format(shell):
    got = output(shell, "date")
    assert re.match(r"^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d "
                    r"\d\d:\d\d:\d\d UTC \d{4}\n$", got), got
    got = output(shell, "date -u +%Y-%m-%d")
    assert re.match(r"^\d{4}-\d\d-\d\d\n$", got), got


def test_utils_are_kcc_programs():
    """Each utility is in /bin, from utils/, and was built by tools/kcc
    (the Makefile's rule for utils/ runs it)."""
    import os
    names = sorted(f[:-2] for f in os.listdir(os.path.join(kestrel.ROOT,
                                                          "utils"))
                   if f.endswith(".c"))
    for name in ["head", "tail", "wc", "sort", "uniq", "od", "seq", "tr",
                 "cut", "tee", "test", "basename", "dirname", "printf",
                 "false", "true", "grep", "date", "sleep"]:
        assert name in names, "utils/%s.c is missing" % name
        assert os.path.exists(os.path.join(kestrel.INITRD_DIR, "bin",
                                           name)), "/bin/%s is missing" % name
    assert os.path.exists(os.path.join(kestrel.INITRD_DIR, "bin", "[")), \
        "/bin/[ is missing"
